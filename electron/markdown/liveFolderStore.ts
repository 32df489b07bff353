import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { sha256Schema } from '../../shared';
import { writeFileAtomic } from '../atomicWrite';

/**
 * What main keeps of the live folder in the app's profile folder: which
 * folder it is (a path the user picked in a folder dialog, so the renderer
 * never names one), and what this computer last saw in it, file by file, so
 * a rescan after a restart reads only files that changed meanwhile and tells
 * this journal about days another computer's Forkcast wrote.
 */
const folderSchema = z.string().min(1).refine(isAbsolute, 'is not an absolute path');
const liveFolderFileSchema = z.object({ folder: folderSchema.nullable() });

/** A file as last seen: its hash, and the size and time that let a rescan skip reading it again. */
export const seenFileSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().min(0),
  mtimeMs: z.number().min(0),
});
export type SeenFile = z.infer<typeof seenFileSchema>;
const seenFileFileSchema = z.object({ folder: folderSchema, files: z.record(z.string().max(300), seenFileSchema) });

export interface LiveFolderStore {
  /** The folder, or null when the live folder is off, has never been chosen, or its file does not parse (logged). */
  load(): Promise<string | null>;
  /** Writes the choice atomically; throws when the disk refuses, so the caller can say nothing changed. */
  save(folder: string | null): Promise<void>;
  /** What was last seen in `folder`; empty for another folder or an unreadable file. */
  loadSeen(folder: string): Promise<Map<string, SeenFile>>;
  saveSeen(folder: string, files: ReadonlyMap<string, SeenFile>): Promise<void>;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function createLiveFolderStore(path: string, seenPath = path.replace(/\.json$/, '-seen.json')): LiveFolderStore {
  // One write at a time, in order: a later save never lands before an earlier one.
  let writing: Promise<unknown> = Promise.resolve();
  const write = (target: string, text: string) => {
    const next = writing.catch(() => undefined).then(() => writeFileAtomic(target, text));
    writing = next;
    return next;
  };
  return {
    async load() {
      try {
        const raw = await readJson(path);
        return raw === undefined ? null : liveFolderFileSchema.parse(raw).folder;
      } catch (error) {
        console.error('Forkcast: the live folder setting was unreadable; the live folder is off', error);
        return null;
      }
    },
    save(folder) {
      return write(path, JSON.stringify(liveFolderFileSchema.parse({ folder }), null, 2));
    },
    async loadSeen(folder) {
      try {
        const raw = await readJson(seenPath);
        if (raw === undefined) return new Map();
        const parsed = seenFileFileSchema.parse(raw);
        return parsed.folder === folder ? new Map(Object.entries(parsed.files)) : new Map();
      } catch (error) {
        // Without it, the next rescan reads every file once: slower, never wrong.
        console.error('Forkcast: what was seen in the live folder was unreadable; reading every file again', error);
        return new Map();
      }
    },
    saveSeen(folder, files) {
      return write(seenPath, JSON.stringify({ folder, files: Object.fromEntries(files) }));
    },
  };
}
