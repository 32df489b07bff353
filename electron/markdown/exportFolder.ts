import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  dateInFileName,
  dayFilePath,
  DECISION_FILE,
  INDEX_FILE,
  isLocalDate,
  MANIFEST_FOLDER,
  renderMarkdownExport,
  type ExportMarkdownRequest,
  type LocalDate,
} from '../../shared';
import { isTempNameFor } from '../atomicWrite';
import { folderOf, FolderGuard } from './folderGuard';
import { withFolderLock } from './folderLock';
import { kindOf, writeFolderFiles, type ExportOutcome, type Kind } from './folderWrite';

/**
 * Markdown export into a folder the user picked: one file per day at
 * YYYY/YYYY-MM-DD.md and index.md. Forkcast replaces only a file it wrote
 * and nobody changed since (the folder's manifest keeps the hash of what it
 * wrote); any other file at those paths is left alone and reported as a
 * conflict. Links are never followed, nothing is deleted but Forkcast's own
 * leftover temporary files, and each file is written atomically.
 */

export { ExportCancelledError, ExportStoppedError, type ExportOutcome } from './folderWrite';

/**
 * Every name the export could touch: the top level, and the files inside each
 * YYYY folder and the manifest folder, by relative path. One listing per
 * folder replaces a look-up per file, which dominated exporting into a new
 * folder.
 */
export async function listExportFolder(root: string): Promise<Map<string, Kind>> {
  const listing = new Map<string, Kind>();
  for (const top of await readdir(root, { withFileTypes: true })) {
    listing.set(top.name, kindOf(top));
    if (!top.isDirectory() || !(/^\d{4}$/.test(top.name) || top.name === MANIFEST_FOLDER)) continue;
    for (const file of await readdir(join(root, top.name), { withFileTypes: true })) {
      listing.set(`${top.name}/${file.name}`, kindOf(file));
    }
  }
  return listing;
}

/**
 * The file a leftover temporary file was for, when it is one of writeFileAtomic's
 * for a file the export writes: a day, a weekly review, index.md, decision.md or the manifest.
 */
function tempTarget(path: string): string | null {
  const folder = folderOf(path);
  const name = path.slice(folder ? folder.length + 1 : 0);
  const bases =
    folder === MANIFEST_FOLDER
      ? ['manifest.json']
      : folder === ''
        ? [INDEX_FILE, DECISION_FILE]
        : [/^\.(\d{4}-(?:\d{2}-\d{2}|W\d{2}-review)\.md)\./.exec(name)?.[1]];
  return bases.find((base) => base !== undefined && isTempNameFor(name, base)) ?? null;
}

/** Removes temporary files that an export killed mid-write left behind. Runs under the folder lock, so none is in use. */
export async function removeLeftovers(guard: FolderGuard, listing: Map<string, Kind>): Promise<void> {
  for (const [path, kind] of listing) {
    if (kind !== 'file' || tempTarget(path) === null) continue;
    await rm(guard.resolve(path), { force: true });
    listing.delete(path);
  }
}

/** Days already exported: plain files at YYYY/YYYY-MM-DD.md. */
function daysOnDisk(listing: ReadonlyMap<string, Kind>): LocalDate[] {
  const days: LocalDate[] = [];
  for (const [path, kind] of listing) {
    const date = dateInFileName(path);
    if (kind === 'file' && date && isLocalDate(date) && path === dayFilePath(date)) days.push(date);
  }
  return days;
}

/**
 * Writes the export into `folder`. Days whose file already holds the same
 * text are left untouched, and files Forkcast may not replace are returned as
 * conflicts. A cancel or failure leaves every file whole, old or new; the
 * manifest is updated for what was written either way, and a failure part-way
 * throws ExportStoppedError naming the files written and not written.
 */
export async function writeMarkdownExport(
  folder: string,
  request: ExportMarkdownRequest,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<ExportOutcome> {
  const guard = await FolderGuard.open(folder);
  return withFolderLock(guard.root, async () => {
    const listing = await listExportFolder(guard.root);
    await removeLeftovers(guard, listing);
    const files = renderMarkdownExport(request, daysOnDisk(listing));
    const entries = new Map(request.entries.map((entry) => [dayFilePath(entry.date), entry]));
    return writeFolderFiles(guard, { files, listing, complete: true, entries, ...options });
  });
}
