import { lstat, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeLiveFolder } from '../../electron/markdown/liveFolder';
import { createLiveFolderStore } from '../../electron/markdown/liveFolderStore';
import { createLiveMirror } from '../../electron/markdown/liveMirror';
import { dayFilePath, liveFolderWriteSchema, renderDayFile, type Entry, type LiveFolderWrite } from '../../shared';
import { DEFAULT_PLAN, pairedRuns, settleDisk, type RunPlan } from '../measure';
import { atSize, timedRow, under, type Row } from '../rows';

const SAVE_TARGETS = { 10_000: under(20) };
const RESCAN_TARGETS = { 10_000: under(1_000) };

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/**
 * Case 7: the live folder in a folder holding the whole journal. A save
 * while typing (the words change, so index.md stays): main parses the
 * request, checks the day's file against the manifest, writes it atomically
 * and records it, against writing the same file plainly. A rescan with
 * nothing changed: every day file is looked at (size and time) against what
 * was last seen, against listing and stat-ing the same files plainly. The
 * renderer's part of a save (gathering the saved day) and
 * the IPC hop are not in it.
 */
export async function liveFolderCases(
  entries: readonly Entry[],
  scratch: string,
  plan: RunPlan = DEFAULT_PLAN,
): Promise<Row[]> {
  const folder = await mkdtemp(join(scratch, 'live-'));
  const profile = await mkdtemp(join(scratch, 'live-profile-'));
  // The plain writes go elsewhere: in the live folder they would be edits by another app, and conflicts.
  const plain = await mkdtemp(join(scratch, 'live-plain-'));
  const mirror = createLiveMirror({
    store: createLiveFolderStore(join(profile, 'live-folder.json')),
    write: writeLiveFolder,
    watch: () => ({ close: () => undefined }),
    notify: () => undefined,
  });
  const index = entries.map(({ date, dayKind, energy }) => ({ date, dayKind, energy }));
  await mirror.choose(folder);
  await mirror.write({ entries: [...entries], customActivities: [], removed: [], index, full: true });
  settleDisk();

  const last = entries.at(-1);
  if (!last) throw new Error('The live folder case needs a journal.');
  let revision = last.revision;
  // A save while typing: the words change, not the day's kind or energy, so index.md stays (index: null).
  const save = (): LiveFolderWrite => {
    revision += 1;
    const day = { ...last, notes: `Saved again (${revision}).`, revision };
    return { entries: [day], customActivities: [], removed: [], index: null, full: false };
  };
  const saves = await pairedRuns(
    plan,
    () =>
      timed(async () => {
        const outcome = await mirror.write(liveFolderWriteSchema.parse(save()));
        if (outcome.written !== 1) throw new Error(`A live save wrote ${outcome.written} files, expected 1.`);
      }),
    () =>
      timed(async () => {
        const request = save();
        const [day] = request.entries;
        if (!day) return;
        await mkdir(join(plain, day.date.slice(0, 4)), { recursive: true });
        await writeFile(join(plain, ...dayFilePath(day.date).split('/')), renderDayFile(day));
      }),
  );

  settleDisk();
  const rescans = await pairedRuns(
    plan,
    () =>
      timed(async () => {
        const changed = await mirror.rescan();
        if (changed !== 0) throw new Error(`A rescan of an unchanged folder found ${changed} changed files.`);
      }),
    () =>
      timed(async () => {
        const names = await readdir(folder, { recursive: true, withFileTypes: true });
        await Promise.all(names.filter((name) => name.isFile()).map((name) => lstat(join(name.parentPath, name.name))));
      }),
  );
  await mirror.stop();

  const size = entries.length;
  return [
    timedRow('live folder: one save while typing', size, atSize(size, SAVE_TARGETS), saves.subject, saves.baseline),
    timedRow(
      'live folder: rescan, nothing changed',
      size,
      atSize(size, RESCAN_TARGETS),
      rescans.subject,
      rescans.baseline,
    ),
  ];
}
