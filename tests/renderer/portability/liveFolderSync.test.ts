import { describe, expect, it, vi } from 'vitest';
import type { ForkcastBridge, LiveFolderWrite, LiveFolderWriteResponse } from '../../../shared';
import { daysChanged, type JournalChange } from '../../../renderer/src/data/journalChanges';
import { createLiveFolderSync } from '../../../renderer/src/portability/liveFolderSync';
import { badDay, decisionPlan, goodDay, weekReview } from '../../fixtures/entries';

const saved = (over: Partial<Extract<LiveFolderWriteResponse, { status: 'saved' }>> = {}): LiveFolderWriteResponse => ({
  status: 'saved',
  location: '/home/me/Journal',
  written: 1,
  unchanged: 0,
  removed: 0,
  conflicts: [],
  session: null,
  warnings: [],
  ...over,
});

const review = weekReview;
const plan = decisionPlan;

/** A live folder over a fake bridge and journal; `quietMs` 0 writes as soon as the change is noted. */
function setUp({ on = true, quietMs = 60_000 } = {}) {
  const journal = [goodDay('2026-11-19'), badDay('2026-11-20')];
  let listener: ((change: JournalChange) => void) | null = null;
  let folderListener: Parameters<ForkcastBridge['onLiveFolderChanged']>[0] | null = null;
  const writes: LiveFolderWrite[] = [];
  const answers: LiveFolderWriteResponse[] = [];
  const bridge = {
    getLiveFolder: vi.fn<ForkcastBridge['getLiveFolder']>(async () =>
      on ? { status: 'on', folder: '/home/me/Journal' } : { status: 'off' },
    ),
    chooseLiveFolder: vi.fn<ForkcastBridge['chooseLiveFolder']>(async () => ({
      status: 'on',
      folder: '/home/me/Other',
    })),
    stopLiveFolder: vi.fn<ForkcastBridge['stopLiveFolder']>(async () => ({ status: 'off' })),
    onLiveFolderChanged: vi.fn<ForkcastBridge['onLiveFolderChanged']>((next) => {
      folderListener = next;
      return () => {
        folderListener = null;
      };
    }),
    writeLiveFolder: vi.fn<ForkcastBridge['writeLiveFolder']>(async (request) => {
      writes.push(request);
      return answers.shift() ?? saved();
    }),
  };
  const sync = createLiveFolderSync({
    bridge,
    loadJournal: async () => ({ entries: journal, customActivities: [], reviews: [review], decision: plan }),
    loadCustomActivities: async () => [],
    onJournalChange: (next) => {
      listener = next;
      return () => {
        listener = null;
      };
    },
    quietMs,
    maxWaitMs: quietMs * 5,
    now: () => new Date('2026-11-20T18:00:00Z'),
  });
  const note = (change: JournalChange) => listener?.(change);
  const folderChanged = (changed: number) => folderListener?.({ changed });
  return { sync, bridge, writes, answers, note, journal, folderChanged };
}

describe('the live folder in the renderer', () => {
  it('writes the whole journal when the journal opens with the folder on', async () => {
    const { sync, writes, journal } = setUp();
    await sync.start();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ full: true, removed: [], entries: journal, reviews: [review], decision: plan });
    expect(writes[0]?.index?.map((day) => day.date)).toEqual(['2026-11-19', '2026-11-20']);
    expect(sync.getState()).toMatchObject({ status: 'on', folder: '/home/me/Journal', lastWrite: expect.any(String) });
  });

  it('sends only the changed days, the latest save of each, with the index updated, after the typing pauses', async () => {
    const { sync, writes, note } = setUp({ quietMs: 0 });
    await sync.start();
    note(daysChanged([goodDay('2026-11-21', { notes: 'First draft.' })]));
    note(daysChanged([goodDay('2026-11-21', { notes: 'Second draft.' })], ['2026-11-19']));
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    const write = writes[1];
    expect(write?.full).toBe(false);
    expect(write?.entries.map((entry) => entry.notes)).toEqual(['Second draft.']);
    expect(write?.removed).toEqual(['2026-11-19']);
    expect(write?.index?.map((day) => day.date).sort()).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('sends a saved weekly review and decision plan alone, the latest of each, leaving the days and index.md', async () => {
    const { sync, writes, note } = setUp({ quietMs: 0 });
    await sync.start();
    const answered = { ...review, answer: 'Second thoughts.', revision: 2 };
    const moved = { ...plan, decisionDate: '2027-02-01', updatedAt: '2026-11-21T09:00:00.000Z' };
    note({ days: new Map(), reviews: [{ ...review, answer: 'First thoughts.', revision: 2 }] });
    note({ days: new Map(), reviews: [answered], decision: moved });
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    expect(writes[1]).toEqual({
      entries: [],
      customActivities: [],
      removed: [],
      index: null,
      full: false,
      reviews: [answered],
      decision: moved,
    });
  });

  it('leaves index.md alone when a save changes only words, and rewrites it when the day kind changes', async () => {
    const { sync, writes, note } = setUp();
    await sync.start();
    note(daysChanged([badDay('2026-11-20', { notes: 'Only words changed.' })]));
    await sync.flush();
    expect(writes.at(-1)).toMatchObject({ full: false, index: null });
    note(daysChanged([goodDay('2026-11-20')]));
    await sync.flush();
    expect(writes.at(-1)?.index).toContainEqual({ date: '2026-11-20', dayKind: 'good', energy: expect.any(Number) });
  });

  it('after a failed write says why, and sends the whole journal next time', async () => {
    const { sync, writes, answers, note } = setUp();
    await sync.start();
    answers.push({ status: 'failed', message: 'That folder no longer exists. Pick it again.' });
    note(daysChanged([goodDay('2026-11-21')]));
    await sync.flush();
    expect(sync.getState()).toMatchObject({ problem: expect.stringContaining('no longer exists') });
    note(daysChanged([goodDay('2026-11-22')]));
    await sync.flush();
    expect(writes.map((write) => write.full)).toEqual([true, false, true]);
    expect(sync.getState()).toMatchObject({ problem: null });
  });

  it('shows the files left alone, with the session to resolve them', async () => {
    const { sync, answers, note } = setUp();
    await sync.start();
    const conflict = {
      path: '2026/2026-11-21.md',
      date: '2026-11-21',
      reason: 'edited' as const,
      sha256: 'a'.repeat(64),
    };
    answers.push(saved({ written: 0, conflicts: [conflict], session: '11111111-2222-4333-8444-555555555555' }));
    note(daysChanged([goodDay('2026-11-21')]));
    await sync.flush();
    expect(sync.getState()).toMatchObject({ conflicts: [conflict], session: '11111111-2222-4333-8444-555555555555' });
  });

  it('writes nothing while off; choosing a folder writes the whole journal; turning off stops the writing', async () => {
    const { sync, writes, note, bridge } = setUp({ on: false });
    await sync.start();
    note(daysChanged([goodDay('2026-11-21')]));
    await sync.flush();
    expect(writes).toEqual([]);
    await sync.choose();
    expect(writes.map((write) => write.full)).toEqual([true]);
    expect(sync.getState()).toMatchObject({ status: 'on', folder: '/home/me/Other' });
    await sync.turnOff();
    expect(bridge.stopLiveFolder).toHaveBeenCalledOnce();
    expect(sync.getState()).toMatchObject({ status: 'off', message: expect.stringContaining('stay as they are') });
    note(daysChanged([goodDay('2026-11-22')]));
    await sync.flush();
    expect(writes).toHaveLength(1);
  });

  it('a closed dialog changes nothing', async () => {
    const { sync, bridge, writes } = setUp({ on: false });
    await sync.start();
    bridge.chooseLiveFolder.mockResolvedValueOnce({ status: 'cancelled' });
    await sync.choose();
    expect(sync.getState()).toEqual({ status: 'off', message: null });
    expect(writes).toEqual([]);
  });

  it('sends what is pending when the journal closes, without waiting for the pause', async () => {
    const { sync, writes, note } = setUp();
    await sync.start();
    note(daysChanged([goodDay('2026-11-21', { notes: 'Typed just before locking.' })]));
    await sync.stop();
    expect(writes.at(-1)).toMatchObject({ full: false, entries: [{ notes: 'Typed just before locking.' }] });
  });

  it('follows main’s count of files changed in the folder until the journal closes', async () => {
    const { sync, folderChanged } = setUp();
    await sync.start();
    folderChanged(3);
    expect(sync.getState()).toMatchObject({ changed: 3 });
    await sync.stop();
    folderChanged(5);
    expect(sync.getState()).toMatchObject({ changed: 3 });
  });

  it('in a browser says plainly that it needs the desktop app', async () => {
    const { sync, bridge } = setUp();
    bridge.getLiveFolder.mockResolvedValueOnce({ status: 'unavailable', message: 'Needs the desktop app.' });
    await sync.start();
    expect(sync.getState()).toEqual({ status: 'unavailable', message: 'Needs the desktop app.' });
  });
});
