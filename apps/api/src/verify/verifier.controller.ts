import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Public } from '../auth/roles.decorator';
import { ApiError } from '../http/api-error';

/** The single-file verifier as built into dist/verify beside the package.json above `from` (npm start builds it). */
function verifierSource(from = __dirname): string | null {
  for (let folder = from; ; folder = dirname(folder)) {
    const file = join(folder, 'dist', 'verify', 'casetrail-verify.mjs');
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
  @ApiOperation({
    summary: 'The single-file claim-bundle verifier (no authentication): node casetrail-verify.mjs bundle.json --public-key K',
    description: 'Dependency-free ES module, the same code as `claims verify`. Check its SHA-256 against one published elsewhere (docs/verification.md section 6).',
  })
  @ApiOkResponse({ description: 'The ES module' })
  verifier(@Res({ passthrough: true }) response: Response): string {
    if (this.source === null) throw new ApiError(404, 'VERIFIER_NOT_BUILT', 'the verifier was not built: npm run build:verify');
    // Set here, not by @Header: a refusal (an unknown query parameter, say) must keep its JSON problem type.
    response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache');
    return this.source;
  }
}
