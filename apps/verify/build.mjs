// Builds the single-file claim-bundle verifier: apps/verify/src/main.ts and the code it shares with the service
// (libs/ledger's claim bundle, libs/reporting, libs/domain, libs/contract) as one ES module that needs nothing but Node's
// built-ins. It is a build output, not a source: written to dist/verify/casetrail-verify.mjs (where the API
// serves it from), or to `--out FILE`. The build is deterministic: a donor rebuilds it from a checkout of a
// release and compares SHA-256 sums with the file the server serves (docs/verification.md section 6).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const lib = (name) => join(root, 'libs', name, 'src', 'index.ts');
const at = process.argv.indexOf('--out');
const target = at === -1 ? join(root, 'dist', 'verify', 'casetrail-verify.mjs') : resolve(process.argv[at + 1] ?? '');

const result = await build({
  input: join(here, 'src/main.ts'),
  platform: 'node',
  external: [/^node:/],
  resolve: { alias: { '@casetrail/contract': lib('contract'), '@casetrail/domain': lib('domain'), '@casetrail/reporting': lib('reporting') } },
  write: false,
  output: { format: 'esm', banner: '#!/usr/bin/env node\n// casetrail claim-bundle verifier (docs/verification.md section 3). Built by apps/verify/build.mjs from the casetrail sources.' },
});
const code = result.output[0].code;
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, code);
process.stdout.write(`wrote ${target} (${code.length} bytes)\n`);
