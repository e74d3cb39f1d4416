import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file the demo leaves in a folder it created: only such a folder is ever wiped. */
export const DEMO_MARKER = '.casetrail-demo';

/** Why the demo will not start; the message says what to do instead. */
export class DemoRefused extends Error {}

const isEmptyOrAbsent = (folder: string) => !existsSync(folder) || readdirSync(folder).length === 0;
const isDemoFolder = (folder: string) => existsSync(join(folder, DEMO_MARKER));

/**
 * Makes `folders` (the data folder and its keys folder) fresh for the demo: a folder the demo created
 * before (its marker inside) is wiped, an absent or empty one is taken; anything else is refused, as is a
 * real database (DATABASE_URL), which the demo would fill with synthetic cases. Nothing is removed unless
 * every folder passes, and each is left holding the marker.
 */
export function prepareDemoFolders(env: NodeJS.ProcessEnv, folders: readonly string[]): void {
  if (env.DATABASE_URL) {
    throw new DemoRefused(
      'DATABASE_URL is set: the demo writes synthetic cases and runs only on its own embedded database. Unset DATABASE_URL (and set CASETRAIL_DATA_DIR to choose its folder).',
    );
  }
  const foreign = folders.filter((folder) => !isEmptyOrAbsent(folder) && !isDemoFolder(folder));
  if (foreign.length > 0) {
    throw new DemoRefused(
      `${foreign.join(' and ')} holds data the demo did not create (no ${DEMO_MARKER} file): the demo wipes its folder on every start, so it will not use this one. Set CASETRAIL_DATA_DIR to a new or empty folder.`,
    );
  }
  for (const folder of folders) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(join(folder, DEMO_MARKER), 'Created by `npm run demo`, which wipes this folder when it starts again.\n', { mode: 0o600 });
  }
}
