import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatAddCheckpoint, generateSigningKey, parseCosignerKey, InMemoryNodeSource, leafHash, openCosignatures, consistencyProof, signTimestampedCheckpoint,
} from '@casetrail/ledger';

const ROOT = join(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/apps/cli/src/main.js');
const log = generateSigningKey('casetrail.example/ledger');

/** `witness keygen` and `witness serve`, the built CLI in real child processes. */
describe('npm run cli -- witness', () => {
  let dir: string;
  let serving: ChildProcess | null = null;
  const nodes = new InMemoryNodeSource();
  const grow = (to: number) => {
    while (nodes.size < to) nodes.append(leafHash(Buffer.from(`leaf ${nodes.size}`)));
    return signTimestampedCheckpoint({ origin: log.name, treeSize: to, rootHash: nodes.root() }, log.signerKey, new Date());
  };

  beforeAll(() => {
    execFileSync('npx', ['nest', 'build', 'cli'], { cwd: ROOT, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'casetrail-witness-cli-'));
  }, 120_000);
  afterAll(() => {
    serving?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts `witness serve` on a free port; resolves with its URL and cosigner key once it says it serves. */
  function serve(): Promise<{ url: string; key: string }> {
    const child = spawn(process.execPath, [CLI, 'witness', 'serve', '--key', join(dir, 'w1.key'), '--state', join(dir, 'state'), '--log-key', log.verifierKey, '--port', '0']);
    serving = child;
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const url = /serving (\S+)\/add-checkpoint/.exec(out)?.[1];
        const key = /cosigner key: (\S+)/.exec(out)?.[1];
        if (url && key) resolve({ url, key });
      });
      child.once('exit', (code) => reject(new Error(`witness exited ${code}`)));
    });
  }
  const stop = () => new Promise<void>((done) => {
    serving!.once('exit', () => done());
    serving!.kill('SIGTERM');
  });
  const post = (url: string, body: string) => fetch(`${url}/add-checkpoint`, { method: 'POST', body });

  it('given keygen, then it writes a private key file and prints the cosigner key; it never overwrites', () => {
    const made = spawnSync(process.execPath, [CLI, 'witness', 'keygen', '--name', 'witness.example/w1', '--key', join(dir, 'w1.key')], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    expect(parseCosignerKey(made.stdout.trim()).name).toBe('witness.example/w1');
    expect(readFileSync(join(dir, 'w1.key'), 'utf8')).toMatch(/^PRIVATE\+KEY\+witness\.example\/w1\+/);
    expect(statSync(join(dir, 'w1.key')).mode & 0o777).toBe(0o600);
    const again = spawnSync(process.execPath, [CLI, 'witness', 'keygen', '--name', 'witness.example/w1', '--key', join(dir, 'w1.key')], { encoding: 'utf8' });
    expect(again.status).toBe(2);
  });

  it('given serve without a log key, then it refuses with its help (exit 2)', () => {
    const refused = spawnSync(process.execPath, [CLI, 'witness', 'serve', '--key', join(dir, 'w1.key'), '--state', join(dir, 'state')], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--log-key');
  });

  it('given a witness process, then it cosigns a growing log and, restarted, still holds the last checkpoint and refuses to go back', async () => {
    let { url, key } = await serve();
    const first = grow(4);
    const cosigned = await post(url, formatAddCheckpoint({ oldSize: 0, proof: [], note: first }));
    expect(cosigned.status).toBe(200);
    expect(openCosignatures(first + (await cosigned.text()), [key])).toHaveLength(1);
    const second = grow(9);
    expect((await post(url, formatAddCheckpoint({ oldSize: 4, proof: await consistencyProof(4, 9, nodes), note: second }))).status).toBe(200);

    await stop();
    ({ url, key } = await serve());
    const stale = await post(url, formatAddCheckpoint({ oldSize: 4, proof: await consistencyProof(4, 9, nodes), note: second }));
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toBe('text/x.tlog.size');
    expect(await stale.text()).toBe('9\n');
    const third = grow(12);
    const next = await post(url, formatAddCheckpoint({ oldSize: 9, proof: await consistencyProof(9, 12, nodes), note: third }));
    expect(next.status).toBe(200);
    expect(openCosignatures(third + (await next.text()), [key])).toHaveLength(1);
    await stop();
  }, 30_000);
});
