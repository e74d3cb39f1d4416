import { readFileSync, writeFileSync } from 'node:fs';
import {
  cosignerKeyOfSecret, generateSigningKey, MalformedError, parseSignerKey, parseVerifierKey, serveWitness, Witness, WitnessState,
  type CosignerSecret,
} from '@casetrail/ledger';
import { parseOptions, required, single, UsageError } from '../options';

export const WITNESS_SERVE_HELP = `Usage: npm run cli -- witness serve --key F --state DIR --log-key K [--log-key K]... [--port N] [--host H]
Runs a C2SP tlog-witness: POST /add-checkpoint (old size, consistency proof, signed checkpoint) answers a
timestamped Ed25519 cosignature (C2SP tlog-cosignature) when the checkpoint verifies with the log's key and
extends the last checkpoint this witness cosigned for that log; 409 for a fork or a stale old size, 422 for a
proof that fails, 403 for a bad signature, 404 for an unknown log.
  --key F       the witness's signer key file (from witness keygen); its name is the witness's name
  --state DIR   where the witness keeps the last checkpoint of each log (survives restarts)
  --log-key K   a log's verifier key <origin>+<key id>+<base64> (GET /v1/ledger/checkpoint verifierKey); repeatable
  --port N      default 7380
  --host H      default 127.0.0.1
Prints its cosigner key (what CASETRAIL_WITNESSES and verifiers need) and serves until stopped.`;

export const WITNESS_KEYGEN_HELP = `Usage: npm run cli -- witness keygen --name N --key F
Generates a witness key into F (created, mode 600; never overwritten) and prints its cosigner key
<name>+<key id>+<base64(0x04 || public key)>.
  --name N   the witness's name, e.g. witness.example.org/w1 (no spaces, no '+')
  --key F    the file to create`;

/** `witness keygen`: 0 done, 2 usage. */
export async function witnessKeygen(args: string[]): Promise<number> {
  return usage(WITNESS_KEYGEN_HELP, async () => {
    const options = parseOptions(args, { values: ['name', 'key'] });
    if (options.help) return say(process.stdout, WITNESS_KEYGEN_HELP, 0);
    const name = required(options, 'name');
    const file = required(options, 'key');
    let key;
    try {
      key = generateSigningKey(name);
    } catch (error) {
      if (error instanceof MalformedError) throw new UsageError(`--name: ${error.message}`);
      throw error;
    }
    try {
      writeFileSync(file, key.signerKey + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      throw new UsageError(`cannot create ${file}: ${(error as Error).message}`);
    }
    return say(process.stdout, cosignerKeyOfSecret(secretOf(key.signerKey)).text, 0);
  });
}

/** `witness serve`: runs until SIGINT or SIGTERM, then 0; 2 on a usage error. */
export async function witnessServe(args: string[]): Promise<number> {
  return usage(WITNESS_SERVE_HELP, async () => {
    const options = parseOptions(args, { values: ['key', 'state', 'log-key', 'port', 'host'], repeatable: ['log-key'] });
    if (options.help) return say(process.stdout, WITNESS_SERVE_HELP, 0);
    const secret = secretOf(readKey(required(options, 'key')));
    const logKeys = options.values.get('log-key') ?? [];
    if (logKeys.length === 0) throw new UsageError('give the key of each log to witness: --log-key K');
    for (const key of logKeys) {
      try {
        parseVerifierKey(key);
      } catch {
        throw new UsageError(`--log-key is not a note verifier key <origin>+<key id>+<base64>: ${key}`);
      }
    }
    const port = single(options, 'port') ?? '7380';
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) throw new UsageError(`--port must be a port number, got ${port}`);
    const witness = new Witness({ secret, logKeys, state: new WitnessState(required(options, 'state')) });
    const running = await serveWitness(witness, { port: Number(port), host: single(options, 'host') ?? '127.0.0.1' });
    process.stdout.write(`witness ${witness.key.name} serving ${running.url}/add-checkpoint\ncosigner key: ${witness.key.text}\n`);
    await new Promise<void>((stop) => {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await running.close();
    return 0;
  });
}

function readKey(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new UsageError(`cannot read the key file ${file}: ${(error as Error).message}`);
  }
}

function secretOf(signerKey: string): CosignerSecret {
  try {
    const { name, seed } = parseSignerKey(signerKey);
    return { name, seed };
  } catch {
    throw new UsageError('the key file does not hold a signer key PRIVATE+KEY+<name>+<id>+<base64> (make one with witness keygen)');
  }
}

async function usage(help: string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UsageError) return say(process.stderr, `${error.message}\n\n${help}`, 2);
    throw error;
  }
}

const say = (stream: NodeJS.WriteStream, text: string, code: number): number => {
  stream.write(text + '\n');
  return code;
};
