import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolder } from '../../../electron/markdown/folderWatcher';
import { writeLiveFolder } from '../../../electron/markdown/liveFolder';
import { createLiveFolderStore } from '../../../electron/markdown/liveFolderStore';
import { createLiveMirror, type LiveMirror } from '../../../electron/markdown/liveMirror';
import { renderDayFile, renderDecisionFile, renderReviewFile, type Entry, type LiveFolderWrite } from '../../../shared';
import { badDay, decisionPlan, goodDay, weekReview } from '../../fixtures/entries';
import { OTHER_CONFLICT_COPIES, STRAY_CONFLICT_COPIES, SYNC_CONFLICT_COPIES } from '../../fixtures/syncConflicts';

/**
 * The live folder's other direction on real temp folders with real
 * file-system events: an editor or a sync tool changes a day file, the
 * watcher notices, the rescan finds exactly that file, and it settles only
 * once the user took it in.
 */
let sandbox: string;
let folder: string;
let mirrors: LiveMirror[] = [];
beforeEach(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'forkcast-mirror-'));
  folder = await mkdtemp(join(sandbox, 'Journal-'));
});
afterEach(async () => {
  for (const mirror of mirrors) await mirror.stop();
  mirrors = [];
  await rm(sandbox, { recursive: true, force: true });
});

const nineteenth = goodDay('2026-11-19');
const twentieth = badDay('2026-11-20');
const full = (entries: Entry[]): LiveFolderWrite => ({
  entries,
  customActivities: [],
  removed: [],
  index: entries.map(({ date, dayKind, energy }) => ({ date, dayKind, energy })),
  full: true,
});
const dayPath = (date: string) => join(folder, date.slice(0, 4), `${date}.md`);
const review = weekReview;
const plan = decisionPlan;

/** A mirror over the real writer and watcher; `next(n)` waits for the window to be told n files changed. */
function mirrorOf(store = createLiveFolderStore(join(sandbox, 'live-folder.json'))) {
  const told: number[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const mirror = createLiveMirror({
    store,
    write: writeLiveFolder,
    watch: (root, onSettled) => watchFolder(root, onSettled, { quietMs: 50 }),
    notify: (count) => {
      told.push(count);
      for (const waiter of waiting.filter((candidate) => candidate.count === count)) waiter.resolve();
    },
    saveDelayMs: 0,
  });
  mirrors.push(mirror);
  const next = (count: number) => new Promise<void>((resolve) => waiting.push({ count, resolve }));
  return { mirror, told, next, store };
}

describe('the live mirror', () => {
  it('notices a day an editor changes through a real file-system event, and offers exactly that file', async () => {
    const { mirror, next } = mirrorOf();
    await mirror.choose(folder);
    const settledAfterWrite = next(0);
    await mirror.write(full([nineteenth, twentieth]));
    await settledAfterWrite;

    const noticed = next(1);
    await writeFile(dayPath('2026-11-20'), renderDayFile({ ...twentieth, notes: 'Added in Obsidian.' }));
    await noticed;
    const { files, refused } = await mirror.readChanges();
    expect(refused).toEqual([]);
    expect(files.map((file) => file.name)).toEqual(['2026/2026-11-20.md']);
    expect(files[0]?.text).toContain('Added in Obsidian.');
  });

  it('settles a file only once taken; the next save may then replace it, and it is not offered again', async () => {
    const { mirror, next } = mirrorOf();
    await mirror.choose(folder);
    await mirror.write(full([nineteenth, twentieth]));
    const editor = renderDayFile({ ...twentieth, notes: 'Added in Obsidian.' });
    await writeFile(dayPath('2026-11-20'), editor);
    expect(await mirror.rescan()).toBe(1);
    await mirror.readChanges();
    const cleared = next(0);
    expect(await mirror.settle(['2026/2026-11-20.md'])).toEqual({ open: 0, left: 0 });
    await cleared;
    expect(await mirror.rescan()).toBe(0);
    // Taken into the journal, the day's next save replaces the file: no conflict.
    const saved = { ...twentieth, notes: 'Added in Obsidian.', revision: 2 };
    const outcome = await mirror.write({ ...full([saved]), full: false });
    expect(outcome.conflicts).toEqual([]);
    expect(await readFile(dayPath('2026-11-20'), 'utf8')).toBe(renderDayFile(saved));
  });

  it('offers a weekly review and decision.md changed in an editor, through real events, but never index.md', async () => {
    const { mirror, next } = mirrorOf();
    await mirror.choose(folder);
    const written = next(0);
    await mirror.write({ ...full([twentieth]), reviews: [review], decision: plan });
    await written;
    const reviewFile = join(folder, '2026', '2026-W47-review.md');
    expect(await readFile(reviewFile, 'utf8')).toBe(renderReviewFile(review));

    // index.md only lists the days, and is written again from them: a change to it is nothing to bring in.
    await writeFile(join(folder, 'index.md'), 'Rewritten by hand.\n');
    expect(await mirror.rescan()).toBe(0);

    const noticed = next(2);
    const edited = { ...review, answer: 'Edited in Obsidian.' };
    const moved = { ...plan, decisionDate: '2027-02-01' };
    await writeFile(reviewFile, renderReviewFile(edited));
    await writeFile(join(folder, 'decision.md'), renderDecisionFile(moved));
    await noticed;
    const { files, refused } = await mirror.readChanges();
    expect(refused).toEqual([]);
    expect(files).toEqual([
      { name: '2026/2026-W47-review.md', text: renderReviewFile(edited) },
      { name: 'decision.md', text: renderDecisionFile(moved) },
    ]);
    // Taken into the journal, both become Forkcast's to replace on their next save.
    expect(await mirror.settle(['2026/2026-W47-review.md', 'decision.md'])).toEqual({ open: 0, left: 0 });
    const outcome = await mirror.write({
      ...full([]),
      full: false,
      index: null,
      reviews: [{ ...edited, revision: 2 }],
      decision: { ...moved, updatedAt: '2026-11-22T08:00:00.000Z' },
    });
    expect(outcome).toMatchObject({ written: 2, conflicts: [] });
    expect(await mirror.rescan()).toBe(0);
  });

  it('leaves a file it was told to leave: not offered again until it changes, and never replaced by the next save', async () => {
    const { mirror } = mirrorOf();
    await mirror.choose(folder);
    await mirror.write(full([nineteenth, twentieth]));
    // Another app wrote front matter Forkcast cannot read; the user leaves the file as it is.
    const broken = '---\ndate: [2026-11-20\n---\nWritten by another app.\n';
    await writeFile(dayPath('2026-11-20'), broken);
    expect(await mirror.rescan()).toBe(1);
    await mirror.readChanges();
    expect(await mirror.settle([])).toEqual({ open: 0, left: 1 });
    expect(await mirror.rescan()).toBe(0);

    // The day's next save finds the file is not what Forkcast wrote: a conflict, and the file stays.
    const saved = { ...twentieth, notes: 'Saved in Forkcast.', revision: 2 };
    const outcome = await mirror.write({ ...full([saved]), full: false, index: null });
    expect(outcome.written).toBe(0);
    expect(outcome.conflicts.map(({ path, reason }) => ({ path, reason }))).toEqual([
      { path: '2026/2026-11-20.md', reason: 'edited' },
    ]);
    expect(await readFile(dayPath('2026-11-20'), 'utf8')).toBe(broken);
    // Nor does a full write (each time the journal opens) replace it.
    await mirror.write(full([nineteenth, saved]));
    expect(await readFile(dayPath('2026-11-20'), 'utf8')).toBe(broken);
    expect(await mirror.rescan()).toBe(0);

    // Once the other app changes it again, it is offered again.
    await writeFile(dayPath('2026-11-20'), renderDayFile({ ...twentieth, notes: 'Fixed in the other app.' }));
    expect(await mirror.rescan()).toBe(1);
  });

  it('leaves a file that changed again after it was read as changed', async () => {
    const { mirror } = mirrorOf();
    await mirror.choose(folder);
    await mirror.write(full([twentieth]));
    await writeFile(dayPath('2026-11-20'), 'First edit.\n');
    await mirror.rescan();
    await mirror.readChanges();
    await writeFile(dayPath('2026-11-20'), 'Second edit, after the preview was read.\n');
    expect(await mirror.settle(['2026/2026-11-20.md'])).toEqual({ open: 1, left: 0 });
    const { files } = await mirror.readChanges();
    expect(files.map((file) => file.text)).toEqual(['Second edit, after the preview was read.\n']);
  });

  it('after a restart reads only what changed while it was closed, even when only its time moved', async () => {
    const first = mirrorOf();
    await first.mirror.choose(folder);
    await first.mirror.write(full([nineteenth, twentieth]));
    await first.mirror.stop();
    // Another computer's Forkcast wrote the 19th (the sync tool brought it); the 20th was only touched.
    await writeFile(dayPath('2026-11-19'), renderDayFile({ ...nineteenth, notes: 'From the laptop.' }));
    await utimes(dayPath('2026-11-20'), new Date(), new Date('2030-01-01'));

    const second = mirrorOf(first.store);
    await second.mirror.start();
    expect(second.mirror.folder()).toBe(folder);
    expect(await second.mirror.rescan()).toBe(1);
    const { files } = await second.mirror.readChanges();
    expect(files.map((file) => file.name)).toEqual(['2026/2026-11-19.md']);
  });

  it.each(SYNC_CONFLICT_COPIES.filter(({ day }) => day === '2026-11-20'))(
    'offers $tool’s conflict copy $name for its day, and never records it as Forkcast’s',
    async ({ name }) => {
      const { mirror, next } = mirrorOf();
      await mirror.choose(folder);
      await mirror.write(full([twentieth]));
      const noticed = next(1);
      await writeFile(join(folder, '2026', name), renderDayFile({ ...twentieth, notes: 'The laptop’s version.' }));
      await noticed;
      const { files } = await mirror.readChanges();
      expect(files.map((file) => file.name)).toEqual([`2026/${name}`]);
      expect(await mirror.settle([`2026/${name}`])).toEqual({ open: 0, left: 0 });
      const manifest = await readFile(join(folder, '.forkcast', 'manifest.json'), 'utf8');
      expect(manifest).not.toContain('conflict');
      expect(await mirror.rescan()).toBe(0);
    },
  );

  it.each(OTHER_CONFLICT_COPIES)(
    'offers $tool’s conflict copy $path of $of, and never records it as Forkcast’s',
    async ({ path, of }) => {
      const { mirror, next } = mirrorOf();
      await mirror.choose(folder);
      const written = next(0);
      await mirror.write({ ...full([twentieth]), reviews: [review], decision: plan });
      await written;
      // Copies in the wrong place, or of nothing Forkcast keeps, are left out.
      await Promise.all(
        STRAY_CONFLICT_COPIES.filter((stray) => !stray.startsWith('2025/')).map((stray) =>
          writeFile(join(folder, stray), 'Stray.\n'),
        ),
      );
      expect(await mirror.rescan()).toBe(0);

      const text =
        of === 'decision.md'
          ? renderDecisionFile({ ...plan, decisionDate: '2027-02-01' })
          : renderReviewFile({ ...review, answer: 'The laptop’s answer.' });
      const noticed = next(1);
      await writeFile(join(folder, path), text);
      await noticed;
      expect(await mirror.readChanges()).toEqual({ files: [{ name: path, text }], refused: [] });
      expect(await mirror.settle([path])).toEqual({ open: 0, left: 0 });
      const manifest = await readFile(join(folder, '.forkcast', 'manifest.json'), 'utf8');
      expect(manifest).not.toContain('conflict');
      expect(await mirror.rescan()).toBe(0);
    },
  );

  it('is off after being turned off: no watching, nothing offered', async () => {
    const { mirror } = mirrorOf();
    await mirror.choose(folder);
    await mirror.write(full([twentieth]));
    await mirror.choose(null);
    await writeFile(dayPath('2026-11-20'), 'Edited after turning it off.\n');
    expect(mirror.folder()).toBeNull();
    expect(await mirror.rescan()).toBe(0);
    expect(await mirror.readChanges()).toEqual({ files: [], refused: [] });
  });
});
