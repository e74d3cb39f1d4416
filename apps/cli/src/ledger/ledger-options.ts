import { readFileSync } from 'node:fs';
import { parseOptions, single, UsageError, type ParsedOptions as LedgerOptions } from '../options';
import { ED25519_ALGORITHM, fromBase64, keyIdOf, MalformedError, parseVerifierKey, toBase64 } from '@casetrail/ledger';

export { UsageError } from '../options';
export type { ParsedOptions as LedgerOptions } from '../options';
export { required, single } from '../options';

/** `--name value` pairs (those in `repeatable` may come more than once) and `--help`; anything else is refused. */
export const parseLedgerOptions = (args: readonly string[], allowed: readonly string[], repeatable: readonly string[] = []): LedgerOptions =>
  parseOptions(args, { values: allowed, repeatable });

export function readInput(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

/**
 * The trusted keys from `--public-key K` and `--public-key-file F` (each a note verifier key
 * `<name>+<id>+<base64>`, or the raw base64 Ed25519 key the checkpoint route returns, named by
 * `--origin`), and the log's origin: `--origin`, else the first key's name.
 */
export function trustedKeys(options: LedgerOptions): { origin: string; verifierKeys: string[] } {
  const texts = [
    ...(options.values.get('public-key') ?? []),
    ...(options.values.get('public-key-file') ?? []).map((file) => readInput(file, 'the public key file').trim()),
  ];
  if (texts.length === 0) throw new UsageError('give the ledger\'s public key: --public-key K or --public-key-file F');
  const origin = single(options, 'origin');
  const verifierKeys = texts.map((text) => asVerifierKey(text.trim(), origin));
  return { origin: origin ?? parseVerifierKey(verifierKeys[0]!).name, verifierKeys };
}

function asVerifierKey(text: string, origin: string | undefined): string {
  try {
    return parseVerifierKey(text).text;
  } catch (error) {
    if (!(error instanceof MalformedError)) throw error;
  }
  let raw: Uint8Array;
  try {
    raw = fromBase64(text);
  } catch {
    throw new UsageError(`not a verifier key (<name>+<key id>+<base64>) nor a base64 Ed25519 public key: ${text}`);
  }
  if (raw.length !== 32) throw new UsageError(`an Ed25519 public key is 32 bytes, got ${raw.length}: ${text}`);
  if (!origin) throw new UsageError('a raw public key needs --origin (the keyName the checkpoint route returns)');
  return `${origin}+${keyIdOf(origin, raw)}+${toBase64(Buffer.concat([Uint8Array.of(ED25519_ALGORITHM), raw]))}`;
}
