import { readFileSync } from 'node:fs';
import { runBundleVerifier } from '@casetrail/ledger';

/** `claims verify <bundle> --public-key K ...`: the same code as the single-file verifier (apps/verify). */
export async function claimsVerify(args: string[]): Promise<number> {
  return runBundleVerifier(args, {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
