import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const config = readFileSync(join(__dirname, 'stryker.scope.config.mjs'), 'utf8');
const ranges = [...config.matchAll(/'([\w/.-]+\.ts):(\d+)-(\d+)'/g)].map(([, file, from, to]) => ({ file: file!, from: Number(from), to: Number(to) }));

/**
 * The scope area mutates lines by number: an edit above one (an import added) moves it off the check it names,
 * and the area would mutate other code while its score still read as the scope's. Each range must hold a check.
 */
describe('the scope mutation area names lines that hold scope or role checks', () => {
  it('names some ranges', () => expect(ranges.length).toBeGreaterThan(10));

  it.each(ranges.map((r) => [`${r.file}:${r.from}-${r.to}`, r] as const))('%s holds a check', (_name, { file, from, to }) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n').slice(from - 1, to).join('\n');
    expect(lines).toMatch(/user\.district|user\.role|roles\.includes|assertInScope/);
  });
});
