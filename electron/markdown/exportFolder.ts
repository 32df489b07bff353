import type { Dirent } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  dateInFileName,
  dayFilePath,
  DECISION_FILE,
  holdsSameDay,
  INDEX_FILE,
  isExportPath,
  isForkcastIndex,
  isLocalDate,
  MANIFEST_FOLDER,
  renderMarkdownExport,
  type Entry,
  type ExportConflict,
  type ExportFile,
  type ExportMarkdownRequest,
  type LocalDate,
  type WrittenFile,
} from '../../shared';
import { isTempNameFor } from '../atomicWrite';
import { ExportTargetError, folderOf, FolderGuard } from './folderGuard';
import {
  ChangedMeanwhileError,
  describeStop,
  readForCompare,
  writeChecked,
  type ConflictingFile,
  type Seen,
} from './folderFiles';
import { withFolderLock } from './folderLock';
import { readManifest, saveManifest, writtenFile } from './manifestFile';
import { eachLimited } from './parallel';

/**
 * Markdown export into a folder the user picked: one file per day at
 * YYYY/YYYY-MM-DD.md and index.md. Forkcast replaces only a file it wrote
 * and nobody changed since (the folder's manifest keeps the hash of what it
 * wrote); any other file at those paths is left alone and reported as a
 * conflict. Links are never followed, nothing is deleted but Forkcast's own
 * leftover temporary files, and each file is written atomically.
 */

/** Thrown when the export's AbortSignal fires. Named 'AbortError', as cancellations are by convention. */
export class ExportCancelledError extends Error {
  override name = 'AbortError';
  constructor(written: number) {
    super(`The export was cancelled after ${written} file${written === 1 ? '' : 's'}; no file is half-written.`);
  }
}

/** Thrown when writing stopped part-way, say on a full disk: every file is whole, and these lists say which were written. */
export class ExportStoppedError extends Error {
  override name = 'ExportStoppedError';
  constructor(
    override readonly cause: unknown,
    readonly written: readonly string[],
    readonly notWritten: readonly string[],
  ) {
    super(
      `The export stopped after ${written.length} files: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

export interface ExportOutcome {
  root: string;
  written: number;
  unchanged: number;
  conflicts: ConflictingFile[];
  /** Things the user should know that did not stop the export, such as a damaged manifest. */
  warnings: string[];
}

/** What a name in the export folder is, as listed (links are never followed). */
type Kind = 'file' | 'folder' | 'other';
const kindOf = (entry: Dirent): Kind => (entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other');

/**
 * Every name the export could touch: the top level, and the files inside each
 * YYYY folder and the manifest folder, by relative path. One listing per
 * folder replaces a look-up per file, which dominated exporting into a new
 * folder.
 */
async function listExportFolder(root: string): Promise<Map<string, Kind>> {
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

/** The file a leftover temporary file was for, when it is one of writeFileAtomic's for a file the export writes. */
function tempTarget(path: string): string | null {
  const folder = folderOf(path);
  const name = path.slice(folder ? folder.length + 1 : 0);
  const bases =
    folder === MANIFEST_FOLDER
      ? ['manifest.json']
      : folder === ''
        ? [INDEX_FILE, DECISION_FILE]
        : [/^\.(\d{4}-\d{2}-\d{2}\.md)\./.exec(name)?.[1]];
  return bases.find((base) => base !== undefined && isTempNameFor(name, base)) ?? null;
}

/** Removes temporary files that an export killed mid-write left behind. Runs under the folder lock, so none is in use. */
async function removeLeftovers(guard: FolderGuard, listing: Map<string, Kind>): Promise<void> {
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

type Planned = { file: ExportFile; seen: Seen };

/**
 * Sorts the export's files into those to write, those already up to date and
 * conflicts. A file on disk may be replaced only when the manifest records
 * exactly its bytes, or, with no record of it, when it provably holds nothing
 * the export would lose (see shared/markdown/legacyFiles.ts).
 */
async function planWrites(
  guard: FolderGuard,
  files: readonly ExportFile[],
  listing: ReadonlyMap<string, Kind>,
  record: ReadonlyMap<string, WrittenFile>,
  entries: ReadonlyMap<string, Entry>,
  stop: () => Error | undefined,
): Promise<{ toWrite: Planned[]; unchanged: ExportFile[]; conflicts: ConflictingFile[] }> {
  for (const folder of new Set(files.map((file) => folderOf(file.path)).filter(Boolean))) {
    const kind = listing.get(folder);
    if (kind !== undefined && kind !== 'folder') {
      throw new ExportTargetError(
        `“${folder}” in that folder is not a plain folder (it may be a link). Move it away and export again.`,
      );
    }
  }
  const toWrite: Planned[] = [];
  const unchanged: ExportFile[] = [];
  const conflicts: ConflictingFile[] = [];
  const existing: ExportFile[] = [];
  for (const file of files) {
    if (listing.has(file.path)) existing.push(file);
    else toWrite.push({ file, seen: { absent: true } });
  }
  await eachLimited(
    existing,
    async (file) => {
      if (listing.get(file.path) !== 'file') {
        throw new ExportTargetError(
          `“${file.path}” in that folder is not a plain file (it may be a link). Move it away and export again.`,
        );
      }
      const found = await readForCompare(guard.resolve(file.path));
      if (found.bytes?.equals(Buffer.from(file.text, 'utf8'))) {
        unchanged.push(file);
        return;
      }
      const known = record.get(file.path);
      const text = found.bytes?.toString('utf8') ?? '';
      const entry = entries.get(file.path);
      const replaceable = known
        ? known.sha256 === found.sha256
        : file.path === INDEX_FILE
          ? isForkcastIndex(text)
          : entry !== undefined && holdsSameDay(text, entry);
      if (replaceable) toWrite.push({ file, seen: found.seen });
      else conflicts.push(conflictOf(file, known ? 'edited' : 'unknown', found.sha256));
    },
    stop,
  );
  return { toWrite, unchanged, conflicts };
}

function conflictOf(file: ExportFile, reason: ExportConflict['reason'], hash: string): ConflictingFile {
  const date = dateInFileName(file.path);
  return { path: file.path, date: date && isLocalDate(date) ? date : null, reason, sha256: hash, mine: file.text };
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

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
    const { signal, onProgress } = options;
    const writtenPaths: string[] = [];
    const cancelled = () => (signal?.aborted ? new ExportCancelledError(writtenPaths.length) : undefined);

    const listing = await listExportFolder(guard.root);
    await removeLeftovers(guard, listing);
    const manifest = await readManifest(guard);
    const files = renderMarkdownExport(request, daysOnDisk(listing));
    const entries = new Map(request.entries.map((entry) => [dayFilePath(entry.date), entry]));
    const plan = await planWrites(guard, files, listing, manifest.files, entries, cancelled);
    const conflicts = plan.conflicts;

    // The record keeps what is on disk as Forkcast wrote it: files gone from the folder drop out.
    const record = new Map([...manifest.files].filter(([path]) => listing.get(path) === 'file' && isExportPath(path)));
    for (const file of plan.unchanged) record.set(file.path, writtenFile(file.text));
    let done = plan.unchanged.length + conflicts.length;
    onProgress?.(done, files.length);

    // The files beside the year folders (the index, decision.md) go last, so the index only ever links days that are on disk.
    const days = plan.toWrite.filter(({ file }) => folderOf(file.path) !== '');
    const index = plan.toWrite.filter(({ file }) => folderOf(file.path) === '');
    let failure: unknown;
    try {
      for (const year of new Set(days.map(({ file }) => folderOf(file.path)))) {
        const stop = cancelled();
        if (stop) throw stop;
        await guard.enter(year);
      }
      if (index.length > 0) await guard.verify('');
      for (const batch of [days, index]) {
        await eachLimited(
          batch,
          async ({ file, seen }) => {
            try {
              await writeChecked(guard, file.path, file.text, seen);
              record.set(file.path, writtenFile(file.text));
              writtenPaths.push(file.path);
            } catch (error) {
              if (!(error instanceof ChangedMeanwhileError)) throw error;
              const now = await readForCompare(guard.resolve(file.path));
              conflicts.push(conflictOf(file, record.has(file.path) ? 'edited' : 'unknown', now.sha256));
            }
            done += 1;
            onProgress?.(done, files.length);
          },
          cancelled,
        );
      }
    } catch (error) {
      failure = error;
    }

    const warnings = manifest.problem ? [manifest.problem] : [];
    // Stopped before the first file, nothing changes, not even the record.
    if (failure === undefined || writtenPaths.length > 0) {
      try {
        await saveManifest(guard, manifest, record);
      } catch (error) {
        // The files are whole either way; without the record the next export asks before replacing any it changed.
        warnings.push(
          `Every file is whole, but Forkcast could not update its record of what it wrote: ${describeStop(error)}`,
        );
      }
    }
    if (failure !== undefined) {
      // Cancelled, or stopped before the first file: then nothing changed, and the error says why.
      if ((failure instanceof Error && failure.name === 'AbortError') || writtenPaths.length === 0) throw failure;
      const written = new Set(writtenPaths);
      const notWritten = plan.toWrite.map(({ file }) => file.path).filter((path) => !written.has(path));
      throw new ExportStoppedError(failure, [...writtenPaths].sort(), notWritten);
    }
    return {
      root: guard.root,
      written: writtenPaths.length,
      unchanged: plan.unchanged.length,
      conflicts: conflicts.sort(byPath),
      warnings,
    };
  });
}
