import { lstat as lstatCallback, type Stats } from 'node:fs';
import { lstat, mkdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';

/** A file or folder in the way of an export that Forkcast did not make, such as a link. */
export class ExportTargetError extends Error {
  override name = 'ExportTargetError';
}

const identity = (info: Stats) => `${info.dev}:${info.ino}`;

/**
 * lstat, or null when nothing is there. The callback API on purpose: an
 * export makes two of these looks per file, and at 10,000 files the promise
 * API's extra objects showed in the export's time.
 */
export function lstatIfThere(path: string): Promise<Stats | null> {
  return new Promise((resolve, reject) => {
    lstatCallback(path, (error, info) => {
      if (error === null) resolve(info);
      else if (error.code === 'ENOENT') resolve(null);
      else reject(error);
    });
  });
}

/**
 * Keeps every write of an export inside the folder the user chose. The root
 * is resolved once; each sub-folder is checked after it is created (its real
 * path must be where it should be, so a link is refused), and before each
 * file is renamed into place the folder is checked again: still a plain
 * folder, still the very one checked. A folder swapped for a link between
 * listing and writing therefore stops the export instead of sending a file
 * elsewhere.
 */
export class FolderGuard {
  private readonly folders = new Map<string, string>();

  private constructor(readonly root: string) {}

  /** Resolves the chosen folder (links in the path the user picked are theirs to choose) and checks it. */
  static async open(folder: string): Promise<FolderGuard> {
    const guard = new FolderGuard(await realpath(folder));
    const info = await lstat(guard.root);
    if (!info.isDirectory()) throw new ExportTargetError('That is not a folder. Pick a folder to export into.');
    guard.folders.set('', identity(info));
    return guard;
  }

  /** The absolute path of a relative path with '/' separators, made only of plain names. */
  resolve(relative: string): string {
    const parts = relative === '' ? [] : relative.split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\'))) {
      throw new ExportTargetError(`Refusing to write outside the folder: ${relative}`);
    }
    return join(this.root, ...parts);
  }

  /** Creates the sub-folder `name` of the root if needed, and checks that it is a plain folder right there. */
  async enter(name: string): Promise<void> {
    const path = this.resolve(name);
    try {
      await mkdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const info = await lstat(path);
    if (!info.isDirectory() || (await realpath(path)) !== path) {
      throw new ExportTargetError(
        `“${name}” in that folder is not a plain folder (it may be a link). Move it away and export again.`,
      );
    }
    this.folders.set(name, identity(info));
  }

  /** Throws unless the folder `name` (entered before; '' is the root) is still the one that was checked. */
  async verify(name: string): Promise<void> {
    const expected = this.folders.get(name);
    const info = await lstatIfThere(this.resolve(name)).catch(() => null);
    if (expected === undefined || !info?.isDirectory() || identity(info) !== expected) {
      throw new ExportTargetError(
        `“${name || 'The export folder'}” was replaced while Forkcast was writing (perhaps by a link), so the export stopped before writing anything outside the folder you chose.`,
      );
    }
  }
}

/** The folder part of a relative path: '2026' for '2026/2026-11-20.md', '' for 'index.md'. */
export const folderOf = (relative: string): string => relative.slice(0, Math.max(relative.lastIndexOf('/'), 0));
