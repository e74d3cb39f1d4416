import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateSigningKey, parseSignerKey, parseVerifierKey, signingKeyFromPkcs8Pem, signingKeyFromSeed, type SigningKey,
} from '@casetrail/ledger';
import { ConfigurationError } from '@casetrail/config';

export interface LedgerKeySettings {
  /** The signer key text (`PRIVATE+KEY+<origin>+<id>+<base64>`). */
  readonly key?: string | null;
  /** A file with the signer key text, or an Ed25519 PKCS#8 PEM private key. */
  readonly keyFile?: string | null;
  readonly dataDir: string;
  readonly origin: string;
}

export const LEDGER_KEY_FILE = 'ledger.key';

/** The key that signs the ledger's checkpoints; its name is the log's origin. */
export class LedgerKeys {
  /** The verifier key auditors trust: `<origin>+<key id>+<base64(0x01 || public key)>`. */
  readonly verifierKey: string;
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;

  constructor(readonly signing: SigningKey) {
    this.verifierKey = signing.verifierKey;
    this.publicKey = parseVerifierKey(signing.verifierKey).publicKey;
  }

  get origin(): string {
    return this.signing.name;
  }

  /**
   * The configured key (CASETRAIL_LEDGER_KEY or CASETRAIL_LEDGER_KEY_FILE), else `<dataDir>/ledger.key`,
   * generated on first start, when its verifier key is reported once through `warn`.
   */
  static load(settings: LedgerKeySettings, warn: (message: string) => void): LedgerKeys {
    if (settings.key) return LedgerKeys.fromText(settings.key, settings.origin, 'CASETRAIL_LEDGER_KEY');
    if (settings.keyFile) return LedgerKeys.fromText(readKeyFile(settings.keyFile), settings.origin, settings.keyFile);
    const file = join(settings.dataDir, LEDGER_KEY_FILE);
    if (existsSync(file)) return LedgerKeys.fromText(readKeyFile(file), settings.origin, file);
    mkdirSync(settings.dataDir, { recursive: true });
    const generated = generateSigningKey(settings.origin);
    writeFileSync(file, generated.signerKey + '\n', { mode: 0o600, flag: 'wx' });
    warn(
      `generated the ledger signing key in ${file}; back it up, or set CASETRAIL_LEDGER_KEY. ` +
        `Give auditors its verifier key: ${generated.verifierKey}`,
    );
    return new LedgerKeys(generated);
  }

  /** A signer key string, or a PKCS#8 PEM key (named after the origin); `source` names where it came from. */
  static fromText(text: string, origin: string, source: string): LedgerKeys {
    const trimmed = text.trim();
    let signing: SigningKey;
    try {
      if (trimmed.startsWith('-----BEGIN')) signing = signingKeyFromPkcs8Pem(origin, trimmed);
      else {
        const parsed = parseSignerKey(trimmed);
        signing = signingKeyFromSeed(parsed.name, parsed.seed);
      }
    } catch (error) {
      throw new ConfigurationError(`${source} does not hold a ledger signing key: ${(error as Error).message}`);
    }
    if (signing.name !== origin) {
      throw new ConfigurationError(`${source} is the key of the log "${signing.name}", but CASETRAIL_LEDGER_ORIGIN is "${origin}"`);
    }
    return new LedgerKeys(signing);
  }
}

function readKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read the ledger key file ${file}: ${(error as Error).message}`);
  }
}
