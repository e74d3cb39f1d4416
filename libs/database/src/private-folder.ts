import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A folder that must be private to this service's user is not, and cannot be made so. */
export class UnsafeFolderError extends Error {
  override readonly name = 'UnsafeFolderError';
}

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/**
 * Makes `folder` (created if absent) and everything under it private to this user: folders 0700, files
 * 0600. Returns how many modes it had to tighten. Refuses a folder owned by another user (chmod would fail,
 * and another owner could loosen it again at will).
 */
export function makeFolderPrivate(folder: string): number {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_DIR });
  return tighten(folder);
}

function tighten(path: string): number {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return 0; // not followed: its target is not ours to change
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) {
    throw new UnsafeFolderError(`${path} belongs to user ${stat.uid}, not to this service's user ${uid}: give the service a folder of its own`);
  }
  const wanted = stat.isDirectory() ? PRIVATE_DIR : PRIVATE_FILE;
  let tightened = 0;
  if ((stat.mode & 0o777) !== wanted) {
    chmodSync(path, wanted);
    tightened++;
  }
  if (stat.isDirectory()) for (const name of readdirSync(path)) tightened += tighten(join(path, name));
  return tightened;
}

/** Files this process creates from now on are private (0600, folders 0700), whatever the umask was. */
export function keepNewFilesPrivate(): void {
  process.umask(process.umask(0o077) | 0o077);
}
