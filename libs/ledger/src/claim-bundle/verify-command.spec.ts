import { runBundleVerifier } from './verify-command';

/** Runs the verifier on `args` with a file system holding only `files`. */
function run(args: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = runBundleVerifier(args, {
    readFile: (path) => {
      if (!(path in files)) throw new Error('no such file');
      return files[path]!;
    },
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

const KEY = 'casetrail/local+01234567+AQ==';

describe('the bundle verifier command (claims verify and casetrail-verify.mjs)', () => {
  it.each([
    ['no bundle', ['--public-key', KEY], 'give the bundle file'],
    ['no log key', ['b.json'], '--public-key is required'],
    ['an unknown option', ['b.json', '--public-key', KEY, '--trust-bundle', 'yes'], 'unknown option --trust-bundle'],
    ['an option without its value', ['b.json', '--public-key'], '--public-key needs a value'],
    ['two bundles', ['a.json', 'b.json', '--public-key', KEY], 'one bundle at a time'],
    ['more witnesses needed than keys', ['b.json', '--public-key', KEY, '--witnesses-needed', '1'], 'more than the 0 --witness-key'],
    ['a witness count that is not a number', ['b.json', '--public-key', KEY, '--witnesses-needed', 'x'], 'must be a whole number'],
  ])('given %s, then it is a usage error (exit 2) saying so', (_what, args, message) => {
    const { code, err } = run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('given a bundle it cannot read, then exit 2 naming it; --help prints the usage and exits 0', () => {
    expect(run(['gone.json', '--public-key', KEY])).toMatchObject({ code: 2, err: expect.stringContaining('cannot read the bundle gone.json') });
    expect(run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('Usage: claims verify') });
  });

  it.each([
    ['not JSON', 'format', '{'],
    ['another format', 'format', JSON.stringify({ format: 'casetrail-claim-bundle/0' })],
    ['leaves that are not pairs', 'format', JSON.stringify({ format: 'casetrail-claim-bundle/1', checkpoint: { note: '', cosignatures: [] }, claim: { claimId: 'c', leafIndex: 0, auditPath: [] }, leaves: [['a']], assertions: [] })],
    ['a log key that is not one', 'checkpoint', JSON.stringify({ format: 'casetrail-claim-bundle/1', checkpoint: { note: '', cosignatures: [] }, claim: { claimId: 'c', leafIndex: 0, auditPath: [] }, leaves: [], assertions: [] })],
  ])('given %s, then exit 1 naming the step %s', (_what, step, text) => {
    const { code, err } = run(['b.json', '--public-key', KEY], { 'b.json': text });
    expect(code).toBe(1);
    expect(err).toContain(`NOT VERIFIED at step ${step}:`);
  });
});
