import { parseCosignerKey } from '@casetrail/ledger';
import { ConfigurationError } from './configuration-error';

/** A witness the service submits each new checkpoint to (C2SP tlog-witness). */
export interface WitnessEndpoint {
  /** The witness's name: its cosigner key's name. */
  readonly name: string;
  /** The submission prefix: checkpoints go to POST <url>/add-checkpoint. */
  readonly url: string;
  /** Its cosigner key `<name>+<key id>+base64(0x04 || Ed25519 public key)`, as `witness serve` prints it. */
  readonly key: string;
}

/**
 * CASETRAIL_WITNESSES: witnesses separated by commas or newlines, each `<url> <cosigner key>` (the name is the
 * key's), e.g. `http://127.0.0.1:7380 witness.example/w1+6bbfc189+BC1D…`. Empty or unset: no witness.
 */
export function parseWitnesses(raw: string | undefined): WitnessEndpoint[] {
  const entries = (raw ?? '').split(/[,\n]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
  const witnesses = entries.map((entry) => {
    const [url = '', key = '', ...extra] = entry.split(/\s+/);
    if (extra.length > 0 || key === '') throw new ConfigurationError(`CASETRAIL_WITNESSES: each witness is "<url> <cosigner key>", got "${entry}"`);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigurationError(`CASETRAIL_WITNESSES: not a URL: "${url}"`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConfigurationError(`CASETRAIL_WITNESSES: not an http(s) URL: "${url}"`);
    try {
      const cosigner = parseCosignerKey(key);
      return { name: cosigner.name, url: url.replace(/\/+$/, ''), key: cosigner.text };
    } catch {
      throw new ConfigurationError(`CASETRAIL_WITNESSES: not a cosigner key <name>+<key id>+<base64(0x04 || key)>: "${key}"`);
    }
  });
  const names = witnesses.map((w) => w.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new ConfigurationError(`CASETRAIL_WITNESSES: the witness ${repeated} is named twice`);
  return witnesses;
}
