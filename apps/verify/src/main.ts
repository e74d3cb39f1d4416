import { readFileSync } from 'node:fs';
import { runBundleVerifier } from '../../../libs/ledger/src/claim-bundle/verify-command';

// The single-file verifier: `node casetrail-verify.mjs bundle.json --public-key K`, the same code as `claims verify`.
process.exitCode = runBundleVerifier(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
