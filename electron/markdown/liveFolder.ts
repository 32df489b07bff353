import { lstat } from 'node:fs/promises';
import {
  dayFilePath,
  DECISION_FILE,
  INDEX_FILE,
  renderDayFile,
  renderDecisionFile,
  renderIndex,
  renderReviewFile,
  reviewFilePath,
  type ExportFile,
  type LiveFolderWrite,
} from '../../shared';
import { listExportFolder, removeLeftovers } from './exportFolder';
import { folderOf, FolderGuard } from './folderGuard';
import { withFolderLock } from './folderLock';
import { kindOf, writeFolderFiles, type ExportOutcome, type Kind } from './folderWrite';

/**
 * The live folder: each save's days, weekly reviews and decision plan
 * written into the folder the user chose once, as the export renders them
 * and by the same rules (folderWrite.ts), so a file changed in another app
 * is never replaced but becomes a conflict. A write of a few files looks
 * only at their paths; a full write (on start, or when the folder is
 * chosen) lists the whole folder and cleans up leftovers, as an export does.
 */

/** What is at each path and its folder now, without following links: a listing of just what a small write touches. */
async function listPaths(guard: FolderGuard, paths: readonly string[]): Promise<Map<string, Kind>> {
  const listing = new Map<string, Kind>();
  const names = new Set(paths.flatMap((path) => [folderOf(path), path]).filter(Boolean));
  await Promise.all(
    [...names].map(async (name) => {
      const info = await lstat(guard.resolve(name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
        throw error;
      });
      if (info) listing.set(name, kindOf(info));
    }),
  );
  return listing;
}

/**
 * Writes the days, reviews and decision plan of `write`, removes the files
 * of its removed days, and rewrites index.md from its index. `afterWrite`
 * runs while the folder is still locked, so no rescan sees the folder
 * between the write and it.
 */
export async function writeLiveFolder(
  folder: string,
  write: LiveFolderWrite,
  afterWrite?: (guard: FolderGuard, outcome: ExportOutcome) => Promise<void>,
): Promise<ExportOutcome> {
  const guard = await FolderGuard.open(folder);
  return withFolderLock(guard.root, async () => {
    const files: ExportFile[] = write.entries.map((entry) => ({
      path: dayFilePath(entry.date),
      text: renderDayFile(entry, write.customActivities),
    }));
    for (const review of write.reviews ?? []) {
      files.push({ path: reviewFilePath(review.week), text: renderReviewFile(review) });
    }
    if (write.index !== null) files.push({ path: INDEX_FILE, text: renderIndex(write.index) });
    if (write.decision) files.push({ path: DECISION_FILE, text: renderDecisionFile(write.decision) });
    const removals = write.removed.map(dayFilePath);
    let listing: Map<string, Kind>;
    if (write.full) {
      listing = await listExportFolder(guard.root);
      await removeLeftovers(guard, listing);
    } else {
      listing = await listPaths(guard, [...files.map((file) => file.path), ...removals]);
    }
    const entries = new Map(write.entries.map((entry) => [dayFilePath(entry.date), entry]));
    const outcome = await writeFolderFiles(guard, { files, listing, complete: write.full, entries, removals });
    await afterWrite?.(guard, outcome);
    return outcome;
  });
}
