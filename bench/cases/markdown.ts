import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeMarkdownExport } from '../../electron/markdown/exportFolder';
import { readMarkdownFolder } from '../../electron/markdown/importFolder';
import {
  exportMarkdownRequestSchema,
  importMarkdownResponseSchema,
  planImport,
  renderMarkdownExport,
  resolveImport,
  type Entry,
  type ExportMarkdownRequest,
} from '../../shared';
import { DEFAULT_PLAN, pairedRuns, settleDisk, type RunPlan } from '../measure';
import { allOf, atSize, timedRow, under, withinRatio, type Row } from '../rows';

/** Markdown export and import run up to this size: 100,000 files take minutes per run on a virtual disk. */
export const MARKDOWN_MAX_ENTRIES = 10_000;

/** The app writes 8 files at a time (electron/markdown/parallel.ts); the baseline does too, so only the app's own work differs. */
const PARALLEL = 8;

async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/**
 * A fresh folder for one run inside `scratch`. Nothing is deleted until the
 * whole bench ends: ext4 makes every file created within minutes of a mass
 * delete check the freed inodes first, which made whichever side ran right
 * after a clean-up several times slower than the other.
 */
async function inFreshFolder(scratch: string, run: (folder: string) => Promise<number>): Promise<number> {
  const folder = await mkdtemp(join(scratch, 'run-'));
  settleDisk();
  return run(folder);
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Every markdown file under `folder`, read as text with plain fs calls, PARALLEL at a time. */
async function readAllPlain(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true, withFileTypes: true });
  const paths = names
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
  const texts: string[] = [];
  await inParallel(paths, async (path) => {
    texts.push(await readFile(path, 'utf8'));
  });
  return texts;
}

const EXPORT_TARGETS = { 10_000: allOf(under(2_000), withinRatio(3)) };
/** Exporting again into a folder where every file is up to date: each file is read, compared and its hash kept. */
const REEXPORT_TARGETS = { 10_000: allOf(under(2_000), withinRatio(3)) };
const IMPORT_TARGETS = { 10_000: allOf(under(3_000), withinRatio(1.5)) };

/**
 * Case 6: the app's markdown export into a real temp folder (validate the
 * request, render, compare, atomic writes, the manifest) against writing the
 * same bytes with plain `writeFile`; exporting again into the full folder
 * (read, compare and hash every file) against reading it plainly; and its
 * import (read the folder, validate, parse, plan) against reading the same
 * files with plain `readFile`. Only the IPC hop is missing; writing the
 * imported days to IndexedDB is the storage case's bulk insert, and in the
 * app the parsing runs in a worker.
 */
export async function markdownCases(
  entries: readonly Entry[],
  scratch: string,
  plan: RunPlan = DEFAULT_PLAN,
): Promise<Row[]> {
  const request: ExportMarkdownRequest = { entries: [...entries], customActivities: [], range: null };
  const files = renderMarkdownExport(request);
  const folders = [...new Set(files.map((file) => file.path.split('/').slice(0, -1).join('/')).filter(Boolean))];

  const exports = await pairedRuns(
    plan,
    // Main parses every request with the verb's schema before it writes (electron/ipc/registerVerbs.ts).
    () =>
      inFreshFolder(scratch, (folder) =>
        timed(() => writeMarkdownExport(folder, exportMarkdownRequestSchema.parse(request))),
      ),
    () =>
      inFreshFolder(scratch, (folder) =>
        timed(async () => {
          for (const sub of folders) await mkdir(join(folder, sub), { recursive: true });
          await inParallel(files, (file) => writeFile(join(folder, ...file.path.split('/')), file.text));
        }),
      ),
  );

  const source = await mkdtemp(join(scratch, 'import-'));
  await writeMarkdownExport(source, request);
  settleDisk();
  // Exporting the same journal again writes nothing: the case is reading, comparing and hashing every file.
  const reexports = await pairedRuns(
    plan,
    () =>
      timed(async () => {
        const { written } = await writeMarkdownExport(source, exportMarkdownRequestSchema.parse(request));
        if (written !== 0) throw new Error(`The export again wrote ${written} files, expected none.`);
      }),
    () => timed(() => readAllPlain(source)),
  );
  const imports = await pairedRuns(
    plan,
    () =>
      timed(async () => {
        const { files: read, refused } = await readMarkdownFolder(source);
        // The renderer's bridge parses main's answer before planning (renderer/src/bridge/bridge.ts).
        const answer = importMarkdownResponseSchema.parse({ status: 'loaded', source, files: read, refused });
        if (answer.status !== 'loaded') throw new Error('The import answer did not parse as loaded.');
        const now = new Date();
        const preview = planImport({ files: answer.files, refused: answer.refused, current: [], now });
        const { entries: written } = resolveImport(preview, new Map(), [], now);
        if (written.length !== entries.length) {
          throw new Error(`The import planned ${written.length} days, expected ${entries.length}.`);
        }
      }),
    () => timed(() => readAllPlain(source)),
  );

  const size = entries.length;
  return [
    timedRow('markdown export', size, atSize(size, EXPORT_TARGETS), exports.subject, exports.baseline),
    timedRow(
      'markdown export again, nothing changed',
      size,
      atSize(size, REEXPORT_TARGETS),
      reexports.subject,
      reexports.baseline,
    ),
    timedRow('markdown import', size, atSize(size, IMPORT_TARGETS), imports.subject, imports.baseline),
  ];
}
