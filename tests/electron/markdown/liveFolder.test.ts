import type * as Fs from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { overwriteConflicts } from '../../../electron/markdown/conflictFiles';
import { ExportStoppedError } from '../../../electron/markdown/folderWrite';
import { writeLiveFolder } from '../../../electron/markdown/liveFolder';
import {
  parseManifest,
  renderDayFile,
  renderDecisionFile,
  renderReviewFile,
  type Entry,
  type LiveFolderWrite,
} from '../../../shared';
import { badDay, decisionPlan, goodDay, weekReview } from '../../fixtures/entries';

/**
 * The live folder's writer on real temp folders: each save writes its days
 * and the index by the export's rules. Faults are injected where the file
 * system is called: a write that fails part-way (a full disk), and a hook
 * that runs just before a temporary file is written, where an editor could
 * save the same day.
 */
const faults = vi.hoisted(() => ({
  failFromWrite: Number.POSITIVE_INFINITY,
  writeCalls: 0,
  beforeWrite: null as null | ((path: string) => Promise<void>),
}));
// electron/atomicWrite.ts makes and fills its temporary files through the callback API.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  type Opened = (error: NodeJS.ErrnoException | null, fd: number) => void;
  type Written = (error: NodeJS.ErrnoException | null, written: number) => void;
  return {
    ...actual,
    open: (path: string, flags: string, mode: number, callback: Opened) => {
      const before = flags === 'wx' ? faults.beforeWrite?.(path) : undefined;
      void Promise.resolve(before).then(
        () => actual.open(path, flags, mode, callback),
        (error: NodeJS.ErrnoException) => callback(error, -1),
      );
    },
    write: (fd: number, bytes: Uint8Array, offset: number, length: number, position: number, callback: Written) => {
      faults.writeCalls += 1;
      if (faults.writeCalls >= faults.failFromWrite) {
        // The disk fills up part-way through the bytes, as a real write would fail.
        const full = Object.assign(new Error('simulated ENOSPC'), { code: 'ENOSPC' });
        actual.write(fd, bytes, offset, length >> 1, position, (error) => callback(error ?? full, 0));
        return;
      }
      actual.write(fd, bytes, offset, length, position, callback);
    },
  };
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'forkcast-live-'));
  Object.assign(faults, { failFromWrite: Number.POSITIVE_INFINITY, writeCalls: 0, beforeWrite: null });
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const nineteenth = goodDay('2026-11-19');
const twentieth = badDay('2026-11-20');
const journal: Entry[] = [nineteenth, twentieth];
const indexOf = (entries: readonly Entry[]) => entries.map(({ date, dayKind, energy }) => ({ date, dayKind, energy }));
const save = (entries: Entry[], rest: Partial<LiveFolderWrite> = {}): LiveFolderWrite => ({
  entries,
  customActivities: [],
  removed: [],
  index: indexOf(journal),
  full: false,
  ...rest,
});
const dayPath = (date: string) => join(folder, date.slice(0, 4), `${date}.md`);
const read = (path: string) => readFile(path, 'utf8');

const review = weekReview;
const plan = decisionPlan;

async function recorded(): Promise<string[]> {
  const reading = parseManifest(await read(join(folder, '.forkcast', 'manifest.json')));
  if (reading.status !== 'ok') throw new Error(`manifest ${reading.status}`);
  return [...reading.files.keys()].sort();
}

describe('writeLiveFolder', () => {
  it('writes the saved day and the index, and records both, without touching the other days', async () => {
    await writeLiveFolder(folder, save(journal, { full: true }));
    const edited = { ...twentieth, notes: 'Written later that evening.', revision: 2 };
    const outcome = await writeLiveFolder(folder, save([edited], { index: indexOf([nineteenth, edited]) }));
    expect(outcome).toMatchObject({ written: 1, unchanged: 1, removed: 0, conflicts: [] });
    expect(await read(dayPath('2026-11-20'))).toBe(renderDayFile(edited));
    expect(await read(dayPath('2026-11-19'))).toBe(renderDayFile(nineteenth));
    expect(await read(join(folder, 'index.md'))).toContain('[2026-11-19](2026/2026-11-19.md)');
    expect(await recorded()).toEqual(['2026/2026-11-19.md', '2026/2026-11-20.md', 'index.md']);
  });

  it('writes a saved weekly review and decision plan as the export renders them, and records them', async () => {
    await writeLiveFolder(folder, save(journal, { full: true, reviews: [review], decision: plan }));
    const reviewFile = join(folder, '2026', '2026-W47-review.md');
    expect(await read(reviewFile)).toBe(renderReviewFile(review));
    expect(await read(join(folder, 'decision.md'))).toBe(renderDecisionFile(plan));
    // A save of the review alone writes just its file; a save of the plan alone, just decision.md.
    const answered = { ...review, answer: 'Pairing with the new lead.', revision: 2 };
    expect(await writeLiveFolder(folder, save([], { index: null, reviews: [answered] }))).toMatchObject({
      written: 1,
      conflicts: [],
    });
    expect(await read(reviewFile)).toBe(renderReviewFile(answered));
    const moved = { ...plan, decisionDate: '2027-02-01', updatedAt: '2026-11-21T09:00:00.000Z' };
    expect(await writeLiveFolder(folder, save([], { index: null, decision: moved }))).toMatchObject({
      written: 1,
      conflicts: [],
    });
    expect(await read(join(folder, 'decision.md'))).toBe(renderDecisionFile(moved));
    expect(await recorded()).toEqual([
      '2026/2026-11-19.md',
      '2026/2026-11-20.md',
      '2026/2026-W47-review.md',
      'decision.md',
      'index.md',
    ]);
  });

  it('leaves a review and a decision.md changed in an editor alone, as conflicts', async () => {
    await writeLiveFolder(folder, save(journal, { full: true, reviews: [review], decision: plan }));
    const reviewFile = join(folder, '2026', '2026-W47-review.md');
    await writeFile(reviewFile, 'My own words for that week.\n');
    await writeFile(join(folder, 'decision.md'), 'Rewritten by hand.\n');
    const outcome = await writeLiveFolder(
      folder,
      save([], {
        index: null,
        reviews: [{ ...review, answer: 'Typed in Forkcast.', revision: 2 }],
        decision: { ...plan, decisionDate: '2027-03-01' },
      }),
    );
    expect(outcome.written).toBe(0);
    expect(outcome.conflicts).toMatchObject([
      { path: '2026/2026-W47-review.md', date: null, reason: 'edited' },
      { path: 'decision.md', date: null, reason: 'edited' },
    ]);
    expect(await read(reviewFile)).toBe('My own words for that week.\n');
    expect(await read(join(folder, 'decision.md'))).toBe('Rewritten by hand.\n');
  });

  it('turns a day an editor changed into a conflict, and leaves the editor’s text; overwrite with mine then works', async () => {
    await writeLiveFolder(folder, save(journal, { full: true }));
    await writeFile(dayPath('2026-11-20'), 'Edited in Obsidian.\n');
    const edited = { ...twentieth, notes: 'Typed in Forkcast.', revision: 2 };
    const outcome = await writeLiveFolder(folder, save([edited]));
    expect(outcome.written).toBe(0);
    expect(outcome.conflicts).toMatchObject([{ path: '2026/2026-11-20.md', date: '2026-11-20', reason: 'edited' }]);
    expect(await read(dayPath('2026-11-20'))).toBe('Edited in Obsidian.\n');
    // The next save of the day still leaves it alone: the editor's change is never lost by waiting.
    expect((await writeLiveFolder(folder, save([edited]))).conflicts).toHaveLength(1);
    const done = await overwriteConflicts(folder, outcome.conflicts);
    expect(done).toMatchObject({ done: 1, open: [] });
    expect(await read(dayPath('2026-11-20'))).toBe(renderDayFile(edited));
  });

  it('notices an editor saving the same day while Forkcast writes it, and keeps the editor’s version', async () => {
    await writeLiveFolder(folder, save(journal, { full: true }));
    faults.beforeWrite = async (path) => {
      if (!path.includes('.2026-11-20.md.')) return;
      faults.beforeWrite = null;
      await writeFile(dayPath('2026-11-20'), 'Saved in an editor at that very moment.\n');
    };
    const outcome = await writeLiveFolder(folder, save([{ ...twentieth, notes: 'Mine.', revision: 2 }]));
    expect(outcome.conflicts.map(({ path }) => path)).toEqual(['2026/2026-11-20.md']);
    expect(await read(dayPath('2026-11-20'))).toBe('Saved in an editor at that very moment.\n');
  });

  it('removes the file of a deleted day only while it holds what Forkcast wrote', async () => {
    await writeLiveFolder(folder, save(journal, { full: true }));
    await writeFile(dayPath('2026-11-19'), 'My changes to the 19th.\n');
    const outcome = await writeLiveFolder(folder, save([], { removed: ['2026-11-19', '2026-11-20'], index: [] }));
    expect(outcome.removed).toBe(1);
    expect(await readdir(join(folder, '2026'))).toEqual(['2026-11-19.md']);
    expect(await read(dayPath('2026-11-19'))).toBe('My changes to the 19th.\n');
    // Neither is Forkcast's any more: the changed file is the user's now.
    expect(await recorded()).toEqual(['index.md']);
  });

  it('on a disk that fills at write time says which files were not written, and every file is whole', async () => {
    await writeLiveFolder(folder, save(journal, { full: true }));
    faults.writeCalls = 0;
    faults.failFromWrite = 2;
    const changed = journal.map((entry) => ({ ...entry, notes: 'Changed on both days.', revision: 2 }));
    const error: unknown = await writeLiveFolder(folder, save(changed)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportStoppedError);
    const stopped = error as ExportStoppedError;
    // The index is unchanged (notes are not in it); of the two days, one went in before the disk filled.
    expect(stopped.written).toHaveLength(1);
    expect(stopped.notWritten).toHaveLength(1);
    for (const entry of journal) {
      const text = await read(dayPath(entry.date));
      expect([
        renderDayFile(entry),
        renderDayFile({ ...entry, notes: 'Changed on both days.', revision: 2 }),
      ]).toContain(text);
    }
    expect((await readdir(join(folder, '2026'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a folder that is gone, writing nothing', async () => {
    await rm(folder, { recursive: true });
    await expect(writeLiveFolder(folder, save(journal))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
