import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomicWrite';

/**
 * Which folder, if any, the live folder mirrors the journal into: a path the
 * user picked in a folder dialog, kept in the app's profile folder. Main
 * owns it so the renderer never names a folder to write to.
 */
const liveFolderFileSchema = z.object({
  folder: z.string().min(1).refine(isAbsolute, 'is not an absolute path').nullable(),
});

export interface LiveFolderStore {
  /** The folder, or null when the live folder is off, has never been chosen, or its file does not parse (logged). */
  load(): Promise<string | null>;
  /** Writes the choice atomically; throws when the disk refuses, so the caller can say nothing changed. */
  save(folder: string | null): Promise<void>;
}

export function createLiveFolderStore(path: string): LiveFolderStore {
  let writing: Promise<unknown> = Promise.resolve();
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return null;
      }
      try {
        return liveFolderFileSchema.parse(JSON.parse(text)).folder;
      } catch (error) {
        console.error('Forkcast: the live folder setting was unreadable; the live folder is off', error);
        return null;
      }
    },
    save(folder) {
      const text = JSON.stringify(liveFolderFileSchema.parse({ folder }), null, 2);
      // One write at a time, in order: a later choice never lands before an earlier one.
      const write = writing.catch(() => undefined).then(() => writeFileAtomic(path, text));
      writing = write;
      return write;
    },
  };
}
