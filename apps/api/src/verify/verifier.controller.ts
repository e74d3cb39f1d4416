import { Controller, Get, Header, NotFoundException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Public } from '../auth/roles.decorator';

/** The single-file verifier beside the package.json above `from` (the source tree, or dist's parent). */
function verifierSource(from = __dirname): string | null {
  for (let folder = from; ; folder = dirname(folder)) {
    const file = join(folder, 'apps', 'verify', 'casetrail-verify.mjs');
    if (existsSync(join(folder, 'package.json'))) return existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (dirname(folder) === folder) return null;
  }
}

/** Serves the claim-bundle verifier to anyone: a donor runs it with `node`, needing no install and no account. */
@ApiTags('verify')
@Controller('verify')
export class VerifierController {
  private readonly source = verifierSource();

  @Get('casetrail-verify.mjs')
  @Public()
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'The single-file claim-bundle verifier (no authentication): node casetrail-verify.mjs bundle.json --public-key K',
    description: 'Dependency-free ES module, the same code as `claims verify`. Check its SHA-256 against one published elsewhere (docs/verification.md section 6).',
  })
  @ApiOkResponse({ description: 'The ES module' })
  verifier(): string {
    if (this.source === null) throw new NotFoundException('the verifier was not built: node apps/verify/build.mjs');
    return this.source;
  }
}
