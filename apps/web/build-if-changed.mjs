// Builds the web page only when its sources changed since the last build (npm start and the browser tests run
// this, so an unchanged page costs a hash of a few files rather than a build).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const web = fileURLToPath(new URL('.', import.meta.url));
const repo = join(web, '..', '..');
const output = join(repo, 'dist', 'web');
const stamp = join(repo, 'dist', 'web-build.stamp');

/** Every file under a folder, in a stable order. */
function files(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]));
}

const hash = createHash('sha256');
// The page's claim-bundle verifier is built from the libraries' own code: a change there rebuilds the page too.
const libraries = ['contract', 'domain', 'reporting', 'ledger'].map((lib) => join(repo, 'libs', lib, 'src'));
for (const file of [...files(web), ...libraries.flatMap(files), join(repo, 'package-lock.json')]) {
  hash.update(relative(repo, file)).update('\0').update(readFileSync(file)).update('\0');
}
const sources = hash.digest('hex');

const built = existsSync(join(output, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sources;
if (!built) {
  const vite = join(repo, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--logLevel', 'warn', '-c', join(web, 'vite.config.mts')], { stdio: 'inherit', cwd: repo });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, sources);
}
