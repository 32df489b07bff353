import { LIMITS, type PickedFile } from '../../shared';
import { decodeText } from '../textFile';
import { ChangedMeanwhileError, describeStop, readForCompare, writeChecked, type ConflictingFile } from './folderFiles';
import { folderOf, FolderGuard } from './folderGuard';
import { withFolderLock } from './folderLock';
import { readManifest, saveManifest, writtenFile } from './manifestFile';
import type { Refusal } from './importFolder';

/**
 * What the user can do with a file an export left alone: read it (to take
 * their change through the import preview), overwrite it with Forkcast's
 * version, or record that its content is now in the journal, so the next
 * export may replace it. Each acts only while the file is still as the user
 * last saw it (its hash); one changed again stays a conflict, with its new
 * hash.
 */

/** The outcome of a conflict action: how many files it handled, which are still conflicts, and why. */
export interface ConflictActionResult {
  done: number;
  /** The files asked about that are still conflicts, with their hash as now seen. */
  open: ConflictingFile[];
  /** Why some were not handled; null when all were. */
  problem: string | null;
}

const isGone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The file now, or null when it is gone. */
async function current(guard: FolderGuard, path: string) {
  try {
    return await readForCompare(guard.resolve(path));
  } catch (error) {
    if (isGone(error)) return null;
    throw error;
  }
}

const changedAgain = (count: number) =>
  `${count === 1 ? 'One file was' : `${count} files were`} changed again since you chose, so ${count === 1 ? 'it is' : 'they are'} listed again.`;

/** Reads the conflicting files as an import reads a folder, remembering the hash each was read at. */
export async function readConflictFiles(
  root: string,
  conflicts: readonly ConflictingFile[],
): Promise<{ files: PickedFile[]; refused: Refusal[]; read: ConflictingFile[] }> {
  const guard = await FolderGuard.open(root);
  const files: PickedFile[] = [];
  const refused: Refusal[] = [];
  const read: ConflictingFile[] = [];
  for (const conflict of conflicts) {
    const now = await current(guard, conflict.path);
    if (now === null) {
      refused.push({ name: conflict.path, reason: 'is no longer in the folder' });
      continue;
    }
    const text = now.bytes ? decodeText(now.bytes, LIMITS.fileBytes) : { problem: 'too-large' as const };
    if ('text' in text) files.push({ name: conflict.path, text: text.text });
    else
      refused.push({
        name: conflict.path,
        reason: text.problem === 'too-large' ? 'is too large to import' : 'is not UTF-8 text',
      });
    read.push({ ...conflict, sha256: now.sha256 });
  }
  return { files, refused, read };
}

/** Replaces each file with Forkcast's version, if it is still as last seen, and records what was written. */
export async function overwriteConflicts(
  root: string,
  conflicts: readonly ConflictingFile[],
): Promise<ConflictActionResult> {
  const guard = await FolderGuard.open(root);
  return withFolderLock(guard.root, async () => {
    const manifest = await readManifest(guard);
    const record = new Map(manifest.files);
    const open: ConflictingFile[] = [];
    let done = 0;
    let stopped: string | null = null;
    for (const [index, conflict] of conflicts.entries()) {
      try {
        const now = await current(guard, conflict.path);
        if (now !== null && now.sha256 !== conflict.sha256) {
          open.push({ ...conflict, sha256: now.sha256 });
          continue;
        }
        const folder = folderOf(conflict.path);
        if (folder) await guard.enter(folder);
        await writeChecked(guard, conflict.path, conflict.mine, now?.seen ?? { absent: true });
        record.set(conflict.path, writtenFile(conflict.mine));
        done += 1;
      } catch (error) {
        if (error instanceof ChangedMeanwhileError) {
          open.push({ ...conflict, sha256: (await current(guard, conflict.path))?.sha256 ?? conflict.sha256 });
          continue;
        }
        // Stopped part-way (a full disk): each file is whole, and the rest stay conflicts.
        open.push(...conflicts.slice(index));
        stopped = `Stopped after overwriting ${done} of ${conflicts.length} files: ${describeStop(error)}`;
        break;
      }
    }
    await saveManifest(guard, manifest, record);
    return { done, open, problem: stopped ?? (open.length > 0 ? changedAgain(open.length) : null) };
  });
}

/**
 * Records files whose content the user took into the journal: the next
 * export may then replace them with Forkcast's version of those days. A file
 * changed since it was read stays a conflict.
 */
export async function recordConflictsTaken(
  root: string,
  conflicts: readonly ConflictingFile[],
): Promise<ConflictActionResult> {
  const guard = await FolderGuard.open(root);
  return withFolderLock(guard.root, async () => {
    const manifest = await readManifest(guard);
    const record = new Map(manifest.files);
    const open: ConflictingFile[] = [];
    let done = 0;
    for (const conflict of conflicts) {
      const now = await current(guard, conflict.path);
      if (now === null) continue;
      if (now.sha256 !== conflict.sha256) {
        open.push({ ...conflict, sha256: now.sha256 });
        continue;
      }
      record.set(conflict.path, { sha256: now.sha256, bytes: now.seen.absent ? 0 : now.seen.size });
      done += 1;
    }
    await saveManifest(guard, manifest, record);
    return { done, open, problem: open.length > 0 ? changedAgain(open.length) : null };
  });
}
