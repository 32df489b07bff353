import type { Dirent } from 'node:fs';
import { rm } from 'node:fs/promises';
import {
  dateInFileName,
  holdsSameDay,
  INDEX_FILE,
  isExportPath,
  isForkcastIndex,
  isLocalDate,
  type Entry,
  type ExportConflict,
  type ExportFile,
  type WrittenFile,
} from '../../shared';
import { ExportTargetError, folderOf, type FolderGuard } from './folderGuard';
import {
  ChangedMeanwhileError,
  describeStop,
  readForCompare,
  writeChecked,
  type ConflictingFile,
  type Seen,
} from './folderFiles';
import { readManifest, saveManifest, writtenFile } from './manifestFile';
import { eachLimited } from './parallel';

/**
 * The rules every write into a markdown folder follows, whether a whole
 * export or the live folder's one day: a file on disk is replaced only when
 * the manifest records exactly its bytes (or it provably holds nothing that
 * would be lost), anything else becomes a conflict, every file is written
 * atomically, the index goes last, and the manifest records what was written.
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
  /** Day files removed because their day left the journal and nobody had changed them. */
  removed: number;
  conflicts: ConflictingFile[];
  /** Things the user should know that did not stop the export, such as a damaged manifest. */
  warnings: string[];
  /** Every file now holding what Forkcast wrote (written, or already up to date), with its hash. */
  settled: Map<string, string>;
}

/** What a name in the folder is, as listed (links are never followed). */
export type Kind = 'file' | 'folder' | 'other';
export const kindOf = (entry: Pick<Dirent, 'isFile' | 'isDirectory'>): Kind =>
  entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';

type Planned = { file: ExportFile; seen: Seen };
/** A file already holding what the export would write, with the record of those bytes (hashed once, when read). */
type Unchanged = { file: ExportFile; written: WrittenFile };

function conflictOf(file: ExportFile, reason: ExportConflict['reason'], hash: string): ConflictingFile {
  const date = dateInFileName(file.path);
  return { path: file.path, date: date && isLocalDate(date) ? date : null, reason, sha256: hash, mine: file.text };
}

/**
 * Sorts the files into those to write, those already up to date and
 * conflicts. A file on disk may be replaced only when the manifest records
 * exactly its bytes, or, with no record of it, when it provably holds nothing
 * the write would lose (see shared/markdown/legacyFiles.ts).
 */
async function planWrites(
  guard: FolderGuard,
  files: readonly ExportFile[],
  listing: ReadonlyMap<string, Kind>,
  record: ReadonlyMap<string, WrittenFile>,
  entries: ReadonlyMap<string, Entry>,
  stop: () => Error | undefined,
): Promise<{ toWrite: Planned[]; unchanged: Unchanged[]; conflicts: ConflictingFile[] }> {
  for (const folder of new Set(files.map((file) => folderOf(file.path)).filter(Boolean))) {
    const kind = listing.get(folder);
    if (kind !== undefined && kind !== 'folder') {
      throw new ExportTargetError(
        `“${folder}” in that folder is not a plain folder (it may be a link). Move it away and export again.`,
      );
    }
  }
  const toWrite: Planned[] = [];
  const unchanged: Unchanged[] = [];
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
        unchanged.push({ file, written: { sha256: found.sha256, bytes: found.bytes.byteLength } });
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

/**
 * Removes the day files whose days left the journal, each only while it still
 * holds exactly what Forkcast wrote; a file someone changed is left alone and
 * forgotten by the record, so it counts as theirs from then on.
 */
async function removeUnchanged(
  guard: FolderGuard,
  paths: readonly string[],
  listing: ReadonlyMap<string, Kind>,
  record: Map<string, WrittenFile>,
): Promise<number> {
  let removed = 0;
  for (const path of paths) {
    const known = record.get(path);
    record.delete(path);
    if (listing.get(path) !== 'file' || known === undefined) continue;
    const found = await readForCompare(guard.resolve(path));
    if (found.sha256 !== known.sha256) continue;
    await guard.verify(folderOf(path));
    await rm(guard.resolve(path), { force: true });
    removed += 1;
  }
  return removed;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export interface FolderWrite {
  files: readonly ExportFile[];
  /** What is at the files' paths (and their folders) now; with `complete`, every name the folder's export paths hold. */
  listing: ReadonlyMap<string, Kind>;
  /** True when `listing` covers the whole folder, so files missing from it drop out of the record. */
  complete: boolean;
  /** The entry each day file renders, for recognising a day file written before the manifest existed. */
  entries: ReadonlyMap<string, Entry>;
  /** Day files of days no longer in the journal. */
  removals?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Writes `files` into the guarded folder by the folder's rules. A cancel or
 * failure leaves every file whole, old or new; the manifest is updated for
 * what was written either way, and a failure part-way throws
 * ExportStoppedError naming the files written and not written. Call it under
 * the folder lock.
 */
export async function writeFolderFiles(guard: FolderGuard, write: FolderWrite): Promise<ExportOutcome> {
  const { files, listing, signal, onProgress } = write;
  const writtenPaths: string[] = [];
  const cancelled = () => (signal?.aborted ? new ExportCancelledError(writtenPaths.length) : undefined);

  const manifest = await readManifest(guard);
  const plan = await planWrites(guard, files, listing, manifest.files, write.entries, cancelled);
  const conflicts = plan.conflicts;

  // The record keeps what is on disk as Forkcast wrote it: files gone from the folder drop out.
  const record = write.complete
    ? new Map([...manifest.files].filter(([path]) => listing.get(path) === 'file' && isExportPath(path)))
    : new Map(manifest.files);
  for (const { file, written } of plan.unchanged) record.set(file.path, written);
  let done = plan.unchanged.length + conflicts.length;
  onProgress?.(done, files.length);

  // The files beside the year folders (the index, decision.md) go last, so the index only ever links days that are on disk.
  const days = plan.toWrite.filter(({ file }) => folderOf(file.path) !== '');
  const index = plan.toWrite.filter(({ file }) => folderOf(file.path) === '');
  let removed = 0;
  let failure: unknown;
  try {
    // Year folders are made and checked several at a time: one after another, their round trips added up.
    await eachLimited(
      [...new Set(days.map(({ file }) => folderOf(file.path)))],
      (year) => guard.enter(year),
      cancelled,
    );
    if (index.length > 0) await guard.verify('');
    for (const year of new Set((write.removals ?? []).map(folderOf))) {
      if (listing.get(year) === 'folder') await guard.enter(year);
    }
    removed = await removeUnchanged(guard, write.removals ?? [], listing, record);
    for (const batch of [days, index]) {
      await eachLimited(
        batch,
        async ({ file, seen }) => {
          try {
            // Encoded once: the same bytes are written and hashed for the record.
            const bytes = Buffer.from(file.text, 'utf8');
            await writeChecked(guard, file.path, bytes, seen);
            record.set(file.path, writtenFile(bytes));
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
  // Stopped before the first change, nothing changes, not even the record.
  if (failure === undefined || writtenPaths.length > 0 || removed > 0) {
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
    removed,
    conflicts: conflicts.sort(byPath),
    warnings,
    settled: new Map(
      [...plan.unchanged.map(({ file }) => file.path), ...writtenPaths].map((path) => [
        path,
        record.get(path)?.sha256 ?? '',
      ]),
    ),
  };
}
