import { readFileSync } from 'node:fs';
import { ED25519_ALGORITHM, fromBase64, keyIdOf, MalformedError, parseVerifierKey, toBase64 } from '@casetrail/ledger';

/** A mistake in how the command was called: reported with its help text, exit code 2. */
export class UsageError extends Error {}

export interface LedgerOptions {
  readonly help: boolean;
  /** Every value given for each option, in order (some options may be repeated). */
  readonly values: ReadonlyMap<string, readonly string[]>;
}

/** `--name value` pairs (those in `repeatable` may come more than once) and `--help`; anything else is refused. */
export function parseLedgerOptions(args: readonly string[], allowed: readonly string[], repeatable: readonly string[] = []): LedgerOptions {
  const values = new Map<string, string[]>();
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    if (!allowed.includes(name)) throw new UsageError(`unexpected argument: ${arg}`);
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
    if (values.has(name) && !repeatable.includes(name)) throw new UsageError(`${arg} may be given once`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { help, values };
}

export function single(options: LedgerOptions, name: string): string | undefined {
  return options.values.get(name)?.[0];
}

export function required(options: LedgerOptions, name: string): string {
  const value = single(options, name);
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

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
