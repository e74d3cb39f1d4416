import { BundleVerificationError, verifyClaimBundle, type TrustedKeys } from './verify-bundle';

export const CLAIMS_VERIFY_HELP = `Usage: claims verify <bundle.json> --public-key K [--witness-key W]... [--witnesses-needed N]
  (the single file: node casetrail-verify.mjs <bundle.json> --public-key K ...)
Checks, offline, a claim's bundle from GET /v1/claims/:claimId/bundle, trusting only the keys given (never
keys in the bundle): the checkpoint's signature and signedAt, the witnesses' cosignatures, every leaf against
the signed root, the claim's audit path, and each assertion recomputed from the leaves' public parts.
  --public-key K        the log's note verifier key <origin>+<key id>+<base64> (required)
  --witness-key W       a witness's cosigner key <name>+<key id>+<base64>; repeatable
  --witnesses-needed N  trusted witnesses that must have cosigned (default: every --witness-key)
Exit 0 when the bundle is authentic (whatever its verdicts; it prints them), 1 naming the step that failed,
2 on a usage error.`;

/** Where the verifier reads and writes: the CLI and the single file give Node's. */
export interface VerifierIo {
  readonly readFile: (path: string) => string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

class Usage extends Error {}

function parse(args: readonly string[]): { file: string; keys: TrustedKeys } | 'help' {
  let file: string | undefined;
  let logKey: string | undefined;
  const witnessKeys: string[] = [];
  let needed: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) {
      if (file !== undefined) throw new Usage(`one bundle at a time (also given ${arg})`);
      file = arg;
      continue;
    }
    const value = args[++i];
    if (value === undefined) throw new Usage(`${arg} needs a value`);
    if (arg === '--public-key') logKey = value;
    else if (arg === '--witness-key') witnessKeys.push(value);
    else if (arg === '--witnesses-needed' && /^\d{1,3}$/.test(value)) needed = Number(value);
    else throw new Usage(arg === '--witnesses-needed' ? '--witnesses-needed must be a whole number' : `unknown option ${arg}`);
  }
  if (file === undefined) throw new Usage('give the bundle file');
  if (logKey === undefined) throw new Usage('--public-key is required: the log key, obtained other than from the server');
  if (needed !== undefined && needed > witnessKeys.length) throw new Usage(`--witnesses-needed ${needed} is more than the ${witnessKeys.length} --witness-key given`);
  return { file, keys: { logKey, witnessKeys, ...(needed === undefined ? {} : { witnessesNeeded: needed }) } };
}

/** Runs the verifier on `args`: 0 authentic, 1 a step failed (named), 2 usage. */
export function runBundleVerifier(args: readonly string[], io: VerifierIo): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    if (!(error instanceof Usage)) throw error;
    io.err(`${error.message}\n\n${CLAIMS_VERIFY_HELP}\n`);
    return 2;
  }
  if (parsed === 'help') {
    io.out(`${CLAIMS_VERIFY_HELP}\n`);
    return 0;
  }
  let json: string;
  try {
    json = io.readFile(parsed.file);
  } catch (error) {
    io.err(`cannot read the bundle ${parsed.file}: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const verified = verifyClaimBundle(json, parsed.keys);
    const lines = [
      `authentic: claim ${verified.claimId}, leaf of a tree of ${verified.treeSize} signed at ${verified.signedAt}`,
      `witnesses: ${verified.witnesses.length > 0 ? verified.witnesses.join(', ') : 'none required'}`,
      ...verified.assertions.map((a) => {
        const at = a.asOf !== null ? `as of ${a.asOf}` : `period ${a.period}`;
        const where = a.district ?? 'national';
        const values = 'recordedValue' in a ? ` (recorded ${a.recordedValue}, now ${a.valueNow})` : '';
        const basis = a.basis === 'leaves' ? 'recomputed from the leaves' : "the server's statement, not recomputable";
        return `${a.figure} ${at} ${where} = ${a.value}: ${a.verdict}${values}, ${basis}`;
      }),
    ];
    io.out(lines.join('\n') + '\n');
    return 0;
  } catch (error) {
    if (!(error instanceof BundleVerificationError)) throw error;
    io.err(`NOT VERIFIED at step ${error.message}\n`);
    return 1;
  }
}
