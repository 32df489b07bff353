import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { LIMITS, type ExportConflict } from '../../shared';
import { describeFsCause, writeFileAtomic } from '../atomicWrite';
import { NO_FOLLOW } from '../textFile';
import { ExportTargetError, folderOf, lstatIfThere, type FolderGuard } from './folderGuard';
import { sha256 } from './manifestFile';

/**
 * One file of an export folder, read and written with care: read without
 * following links, hashed as the manifest records it, and replaced only
 * while it is still as it was read, in a folder still the one checked.
 */

/** A file left alone, with the text Forkcast would have written, for "overwrite with mine". */
export interface ConflictingFile extends ExportConflict {
  mine: string;
}

/** What a file on disk was when it was read, so a change made after that is noticed before it is replaced. */
export type Seen = { absent: true } | { absent: false; ino: number; size: number; mtimeMs: number };

/** Thrown by the check before a rename when the target changed since it was read: another app is writing it. */
export class ChangedMeanwhileError extends Error {}

async function checkUnchanged(target: string, seen: Seen): Promise<void> {
  const now = await lstatIfThere(target);
  // A file deleted meanwhile is simply written again; one created or changed meanwhile is someone else's.
  if (now === null) return;
  if (seen.absent || now.ino !== seen.ino || now.size !== seen.size || now.mtimeMs !== seen.mtimeMs) {
    throw new ChangedMeanwhileError();
  }
}

/** Reads a file without following links: its bytes (only when small enough to compare) and their hash. */
export async function readForCompare(path: string): Promise<{ bytes: Buffer | null; sha256: string; seen: Seen }> {
  const handle = await open(path, NO_FOLLOW);
  try {
    const info = await handle.stat();
    const seen: Seen = { absent: false, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
    if (info.size > LIMITS.fileBytes) {
      // Far larger than any day: hashed as it streams, never held whole.
      const hash = createHash('sha256');
      for await (const chunk of handle.createReadStream({ autoClose: false })) hash.update(chunk as Buffer);
      return { bytes: null, sha256: hash.digest('hex'), seen };
    }
    // One read of the size found, plus a byte to notice a file that grew (readFile would stat it again);
    // a file that changed size meanwhile is read again in full, and the check before any rename notices it.
    const buffer = Buffer.alloc(info.size + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = bytesRead === info.size ? buffer.subarray(0, bytesRead) : await handle.readFile();
    return { bytes, sha256: sha256(bytes), seen };
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` (bytes, or text as UTF-8) at `path` atomically, after checking right before the rename
 * that its folder is still the one checked and the file is still as it was
 * seen. Throws ChangedMeanwhileError when another app changed the file.
 */
export function writeChecked(guard: FolderGuard, path: string, data: string | Uint8Array, seen: Seen): Promise<void> {
  const target = guard.resolve(path);
  return writeFileAtomic(target, data, {
    flush: false,
    beforeRename: async () => {
      // Both looks at once; a folder that is no longer the one checked stops the export before anything else.
      const [folder, file] = await Promise.allSettled([guard.verify(folderOf(path)), checkUnchanged(target, seen)]);
      if (folder.status === 'rejected') throw folder.reason;
      if (file.status === 'rejected') throw file.reason;
    },
  });
}

/** Why writing stopped, for the user: a folder in the way says so itself; a disk error gets its plain reason. */
export function describeStop(error: unknown): string {
  return error instanceof ExportTargetError ? error.message : describeFsCause(error);
}
