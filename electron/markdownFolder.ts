import type { Dirent } from 'node:fs';
import { mkdir, open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import {
  dateInFileName,
  dayFilePath,
  isLocalDate,
  isMarkdownName,
  LIMITS,
  renderMarkdownExport,
  type ExportFile,
  type ExportMarkdownRequest,
  type LocalDate,
  type PickedFile,
} from '../shared';
import { writeFileAtomic } from './atomicWrite';
import { NO_FOLLOW, readTextWithin, type TextFileProblem } from './textFile';

/**
 * Markdown export into, and import from, a folder the user picked. Every
 * path is built from validated dates (see shared/markdown/paths.ts); links
 * are never followed, and nothing is ever deleted.
 */

/** Thrown when the export's AbortSignal fires. Named 'AbortError', as cancellations are by convention. */
export class ExportCancelledError extends Error {
  override name = 'AbortError';
  constructor(written: number) {
    super(`The export was cancelled after ${written} file${written === 1 ? '' : 's'}; no file is half-written.`);
  }
}

/** A file or folder in the way of the export that Forkcast did not make, such as a link. */
export class ExportTargetError extends Error {
  override name = 'ExportTargetError';
}

/** Several file operations at once let the disk batch its work; more gains little. */
const PARALLEL = 8;
const LINK = 'is a link, and links are not followed';

/**
 * Runs `task` over `items`, PARALLEL at a time. On the first failure, or when
 * `stop` says so, no new task starts; running ones finish (each is atomic)
 * and the first failure is thrown.
 */
async function eachLimited<T>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<void>,
  stop: () => Error | undefined = () => undefined,
): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      failure = stop();
      if (failure !== undefined) return;
      const index = next;
      next += 1;
      try {
        await task(items[index] as T, index);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (failure !== undefined) throw failure;
}

function inside(root: string, path: string): string {
  const target = join(root, ...path.split('/'));
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new ExportTargetError(`Refusing to write outside the folder: ${path}`);
  }
  return target;
}

/** What a name in the export folder is, as listed (links are never followed). */
type Kind = 'file' | 'folder' | 'other';

const kindOf = (entry: Dirent): Kind => (entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other');

/**
 * Every name the export could touch that is already in `root`: the top level,
 * and the files inside each YYYY folder, by relative path. One listing per
 * folder replaces a look-up per file, which dominated exporting into a new
 * folder.
 */
async function listExportFolder(root: string): Promise<Map<string, Kind>> {
  const listing = new Map<string, Kind>();
  for (const top of await readdir(root, { withFileTypes: true })) {
    listing.set(top.name, kindOf(top));
    if (!top.isDirectory() || !/^\d{4}$/.test(top.name)) continue;
    for (const file of await readdir(join(root, top.name), { withFileTypes: true })) {
      listing.set(`${top.name}/${file.name}`, kindOf(file));
    }
  }
  return listing;
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

/** The files whose content differs from what is on disk; throws before writing if anything is in the way. */
async function filesToWrite(
  root: string,
  files: readonly ExportFile[],
  listing: ReadonlyMap<string, Kind>,
  stop: () => Error | undefined,
): Promise<ExportFile[]> {
  for (const folder of new Set(files.map((file) => file.path.split('/').slice(0, -1).join('/')).filter(Boolean))) {
    const kind = listing.get(folder);
    if (kind !== undefined && kind !== 'folder') {
      throw new ExportTargetError(
        `“${folder}” in that folder is not a plain folder (it may be a link). Move it away and export again.`,
      );
    }
  }
  const existing = files.filter((file) => listing.has(file.path));
  const same = new Set<ExportFile>();
  await eachLimited(
    existing,
    async (file) => {
      if (listing.get(file.path) !== 'file') {
        throw new ExportTargetError(
          `“${file.path}” in that folder is not a plain file (it may be a link). Move it away and export again.`,
        );
      }
      const handle = await open(inside(root, file.path), NO_FOLLOW);
      try {
        if ((await handle.readFile()).equals(Buffer.from(file.text, 'utf8'))) same.add(file);
      } finally {
        await handle.close();
      }
    },
    stop,
  );
  return files.filter((file) => !same.has(file));
}

/**
 * Writes the export into `folder`: one file per day at YYYY/YYYY-MM-DD.md and
 * index.md. Days whose file already holds the same text are left untouched;
 * nothing else in the folder is changed or deleted. Each file is written
 * atomically, so a cancel or failure leaves every file whole: old or new.
 */
export async function writeMarkdownExport(
  folder: string,
  request: ExportMarkdownRequest,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ written: number; unchanged: number }> {
  const { signal, onProgress } = options;
  let written = 0;
  const cancelled = () => (signal?.aborted ? new ExportCancelledError(written) : undefined);
  const root = await realpath(folder);
  const listing = await listExportFolder(root);
  const files = renderMarkdownExport(request, daysOnDisk(listing));
  const changed = await filesToWrite(root, files, listing, cancelled);
  const unchanged = files.length - changed.length;
  let done = unchanged;
  onProgress?.(done, files.length);

  // The index goes last, so it only ever links days that are on disk.
  const days = changed.filter((file) => file.path.includes('/'));
  const index = changed.filter((file) => !file.path.includes('/'));
  for (const folderPath of new Set(days.map((file) => file.path.split('/')[0] ?? ''))) {
    const stop = cancelled();
    if (stop) throw stop;
    await mkdir(inside(root, folderPath), { recursive: true });
  }
  for (const batch of [days, index]) {
    await eachLimited(
      batch,
      async (file) => {
        await writeFileAtomic(inside(root, file.path), file.text, { flush: false });
        written += 1;
        done += 1;
        onProgress?.(done, files.length);
      },
      cancelled,
    );
  }
  return { written, unchanged };
}

/** What the bridge contract allows in one import. */
const MAX_FILES = 200_000;

/** How the import preview words each reason a file is refused (after its name). */
const REFUSED: Readonly<Record<TextFileProblem['problem'], string>> = {
  'too-large': `is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`,
  binary: 'is a binary file, not text',
  'not-utf8': 'is not UTF-8 text',
  'not-a-file': 'is not a plain file',
  link: LINK,
};

/** Reads one file without following links, refusing what is too large or not text. */
async function readPlainText(path: string, name: string): Promise<PickedFile | { name: string; reason: string }> {
  const read = await readTextWithin(path, LIMITS.fileBytes, { followLinks: false });
  return 'text' in read ? { name, text: read.text } : { name, reason: REFUSED[read.problem] };
}

/**
 * Every markdown file under `folder`, named relative to it with '/'. Hidden
 * files and folders (.obsidian, .trash, temp files) are skipped; links are
 * refused rather than followed, so nothing outside the folder is read.
 */
export async function readMarkdownFolder(
  folder: string,
): Promise<{ files: PickedFile[]; refused: { name: string; reason: string }[] }> {
  const root = await realpath(folder);
  const found: { path: string; name: string }[] = [];
  const links: { name: string; reason: string }[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const name = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (isMarkdownName(entry.name) || target?.isDirectory()) {
          links.push({ name, reason: LINK });
        }
      } else if (entry.isDirectory()) {
        await walk(path, name);
      } else if (entry.isFile() && isMarkdownName(entry.name)) {
        found.push({ path, name });
      }
    }
  };
  await walk(root, '');
  if (found.length > MAX_FILES) {
    throw new Error(
      `That folder holds more than ${MAX_FILES.toLocaleString('en')} markdown files; pick the folder of one journal.`,
    );
  }
  const results = new Array<PickedFile | { name: string; reason: string }>(found.length);
  await eachLimited(found, async ({ path, name }, index) => {
    results[index] = await readPlainText(path, name);
  });
  const files: PickedFile[] = [];
  const refused = [...links];
  for (const result of results) {
    if ('text' in result) files.push(result);
    else refused.push(result);
  }
  return { files, refused };
}
