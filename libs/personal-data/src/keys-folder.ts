import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeFolderPrivate } from '@casetrail/database';

/**
 * The keys folder: small files, each written whole and durably (file and folder fsynced), so that a key
 * file is either there or not after a crash, and a destroyed one stays destroyed.
 */
export class KeysFolder {
  private constructor(readonly path: string) {}

  /** The folder, created if absent, made private to this user (0700, files 0600). */
  static open(path: string): KeysFolder {
    makeFolderPrivate(path);
    return new KeysFolder(path);
  }

  has(name: string): boolean {
    return existsSync(join(this.path, name));
  }

  /** The file's text, or null when there is no such file. */
  read(name: string): string | null {
    try {
      return readFileSync(join(this.path, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Writes a file that must not exist yet; false (and nothing written) when it does. */
  create(name: string, text: string): boolean {
    let fd: number;
    try {
      fd = openSync(join(this.path, name), 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    this.writeAndClose(fd, text);
    this.syncFolder();
    return true;
  }

  /** Replaces a file in one step (a crash leaves the old or the new text, never half of one). */
  replace(name: string, text: string): void {
    const temporary = `.${name}.${process.pid}.tmp`;
    this.writeAndClose(openSync(join(this.path, temporary), 'w', 0o600), text);
    renameSync(join(this.path, temporary), join(this.path, name));
    this.syncFolder();
  }

  /** Overwrites the file with zeros, then deletes it and syncs the folder; a missing file is already destroyed. */
  destroy(name: string): void {
    const file = join(this.path, name);
    try {
      const fd = openSync(file, 'r+');
      const size = readFileSync(file).length;
      this.writeAndClose(fd, Buffer.alloc(size));
      unlinkSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    this.syncFolder();
  }

  /** Names of the files whose name starts with `prefix`. */
  list(prefix: string): string[] {
    return readdirSync(this.path).filter((name) => name.startsWith(prefix)).sort();
  }

  private writeAndClose(fd: number, content: string | Buffer): void {
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content, 0, undefined, 0);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  private syncFolder(): void {
    const fd = openSync(this.path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
