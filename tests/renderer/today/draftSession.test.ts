import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../shared';
import type { SaveResult } from '../../../renderer/src/data/entriesRepository';
import { AUTOSAVE_DELAY_MS, DraftSession } from '../../../renderer/src/today/draftSession';
import { memoryDrafts } from './memoryDrafts';
import { goodDay } from '../../fixtures/entries';

/** An in-memory store with the repository's revision rule, failing on demand. */
function memoryStore() {
  const store = {
    current: null as Entry | null,
    failNext: null as Error | null,
    saves: 0,
    save: async (entry: Entry, base: number | null): Promise<SaveResult> => {
      if (store.failNext) {
        const error = store.failNext;
        store.failNext = null;
        throw error;
      }
      if (store.current && store.current.revision !== base) return { status: 'conflict', current: store.current };
      store.saves += 1;
      store.current = { ...entry, revision: (store.current?.revision ?? 0) + 1, updatedAt: new Date().toISOString() };
      return { status: 'saved', entry: store.current };
    },
  };
  return store;
}

const quotaError = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('DraftSession', () => {
  it('starts from an empty day and does not store a blank one', async () => {
    const store = memoryStore();
    const session = new DraftSession('2026-11-02', { save: store.save, drafts: memoryDrafts() });
    session.observe(null);
    session.update((entry) => ({ ...entry, notes: 'x' }));
    session.update((entry) => ({ ...entry, notes: '' }));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.saves).toBe(0);
    expect(session.getSnapshot().saveState.status).toBe('clean');
  });

  it('saves once, within a second of the last change', async () => {
    const store = memoryStore();
    const session = new DraftSession('2026-11-02', { save: store.save, drafts: memoryDrafts() });
    session.observe(null);
    for (const notes of ['H', 'He', 'Hello']) {
      session.update((entry) => ({ ...entry, notes }));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.saves).toBe(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(1000);
    expect(store.saves).toBe(1);
    expect(store.current?.notes).toBe('Hello');
    expect(session.getSnapshot().saveState.status).toBe('saved');
  });

  it('keeps the text after a failed write and saves it on retry', async () => {
    const store = memoryStore();
    const session = new DraftSession('2026-11-02', { save: store.save, drafts: memoryDrafts() });
    session.observe(null);
    store.failNext = quotaError();
    session.update((entry) => ({ ...entry, notes: 'Precious words' }));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    const failed = session.getSnapshot();
    expect(failed.saveState).toMatchObject({ status: 'failed', message: expect.stringMatching(/full/) });
    expect(failed.entry?.notes).toBe('Precious words');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.saves).toBe(0);
    await session.flush();
    expect(store.current?.notes).toBe('Precious words');
    expect(session.getSnapshot().saveState.status).toBe('saved');
  });

  it('adopts a save from another window when nothing here is unsaved', async () => {
    const store = memoryStore();
    const session = new DraftSession('2026-11-02', { save: store.save, drafts: memoryDrafts() });
    session.observe({ ...goodDay('2026-11-02'), revision: 3 });
    session.observe({ ...goodDay('2026-11-02'), notes: 'From elsewhere', revision: 4 });
    expect(session.getSnapshot().entry?.notes).toBe('From elsewhere');
  });

  it('turns a save from another window into a conflict while edits are pending', async () => {
    const store = memoryStore();
    store.current = { ...goodDay('2026-11-02'), revision: 1 };
    const session = new DraftSession('2026-11-02', { save: store.save, drafts: memoryDrafts() });
    session.observe(store.current);
    session.update((entry) => ({ ...entry, notes: 'Mine' }));
    store.current = { ...store.current, notes: 'Theirs', revision: 2 };
    session.observe(store.current);
    expect(session.getSnapshot().saveState).toMatchObject({ status: 'conflict', theirs: { notes: 'Theirs' } });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(store.current.notes).toBe('Theirs');
    expect(session.getSnapshot().entry?.notes).toBe('Mine');

    await session.keepMine();
    expect(store.current.notes).toBe('Mine');
    expect(store.current.revision).toBe(3);
  });

  it('can settle a conflict by taking the other version', async () => {
    const store = memoryStore();
    store.current = { ...goodDay('2026-11-02'), revision: 1 };
    const session = new DraftSession('2026-11-02', { save: store.save, drafts: memoryDrafts() });
    session.observe(store.current);
    session.update((entry) => ({ ...entry, notes: 'Mine' }));
    await session.flush();
    store.current = { ...store.current, notes: 'Theirs', revision: 5 };
    session.update((entry) => ({ ...entry, notes: 'Mine again' }));
    await session.flush();
    expect(session.getSnapshot().saveState.status).toBe('conflict');
    session.takeTheirs();
    expect(session.getSnapshot().entry?.notes).toBe('Theirs');
    expect(session.isDirty).toBe(false);
  });

  describe('the write-ahead copy', () => {
    it('holds every change at once and is removed when the save lands', async () => {
      const store = memoryStore();
      const drafts = memoryDrafts();
      const session = new DraftSession('2026-11-02', { save: store.save, drafts });
      session.observe(null);
      session.update((entry) => ({ ...entry, notes: 'Typed a moment ago' }));
      // No timer has run: the copy was written with the change itself.
      expect(drafts.read('2026-11-02')).toMatchObject({ entry: { notes: 'Typed a moment ago' }, baseRevision: null });
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
      expect(store.current?.notes).toBe('Typed a moment ago');
      expect(drafts.read('2026-11-02')).toBeNull();
      expect(drafts.area.size).toBe(0);
    });

    it('brings back what a closed page never saved, and saves it', async () => {
      const store = memoryStore();
      const drafts = memoryDrafts();
      store.current = { ...goodDay('2026-11-02'), revision: 2 };
      const first = new DraftSession('2026-11-02', { save: store.save, drafts });
      first.observe(store.current);
      first.update((entry) => ({ ...entry, notes: 'The last words before the reload' }));
      // The page goes away before the autosave timer fires: a new session opens the day.
      const second = new DraftSession('2026-11-02', { save: store.save, drafts });
      second.observe(store.current);
      expect(second.getSnapshot().entry?.notes).toBe('The last words before the reload');
      await vi.advanceTimersByTimeAsync(0);
      expect(store.current.notes).toBe('The last words before the reload');
      expect(store.current.revision).toBe(3);
      expect(second.getSnapshot().saveState.status).toBe('saved');
      expect(drafts.read('2026-11-02')).toBeNull();
    });

    it('is dropped when the journal already holds the same words', () => {
      const store = memoryStore();
      const drafts = memoryDrafts();
      store.current = { ...goodDay('2026-11-02'), revision: 4 };
      drafts.write('2026-11-02', { entry: { ...store.current, revision: 3 }, baseRevision: 3 });
      const session = new DraftSession('2026-11-02', { save: store.save, drafts });
      session.observe(store.current);
      expect(session.getSnapshot().saveState.status).toBe('clean');
      expect(session.isDirty).toBe(false);
      expect(drafts.read('2026-11-02')).toBeNull();
    });

    it('becomes a conflict when the day was saved elsewhere after the copy was made', async () => {
      const store = memoryStore();
      const drafts = memoryDrafts();
      const base = { ...goodDay('2026-11-02'), revision: 1 };
      drafts.write('2026-11-02', { entry: { ...base, notes: 'Mine, never saved' }, baseRevision: 1 });
      store.current = { ...base, notes: 'Saved by another window', revision: 2 };
      const session = new DraftSession('2026-11-02', { save: store.save, drafts });
      session.observe(store.current);
      expect(session.getSnapshot()).toMatchObject({
        entry: { notes: 'Mine, never saved' },
        saveState: { status: 'conflict', theirs: { notes: 'Saved by another window' } },
      });
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
      expect(store.current.notes).toBe('Saved by another window');
      await session.keepMine();
      expect(store.current.notes).toBe('Mine, never saved');
      expect(drafts.read('2026-11-02')).toBeNull();
    });

    it('stays while saves fail, and says when even the copy could not be kept', async () => {
      const store = memoryStore();
      const drafts = memoryDrafts();
      const session = new DraftSession('2026-11-02', { save: store.save, drafts });
      session.observe(null);
      store.failNext = quotaError();
      session.update((entry) => ({ ...entry, notes: 'Kept as a copy' }));
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
      expect(session.getSnapshot().saveState.status).toBe('failed');
      expect(drafts.read('2026-11-02')?.entry.notes).toBe('Kept as a copy');
      expect(session.hasUnkeptChanges).toBe(false);

      drafts.state.full = true;
      store.failNext = quotaError();
      session.update((entry) => ({ ...entry, notes: 'Kept nowhere' }));
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
      expect(session.hasUnkeptChanges).toBe(true);
      expect(session.getSnapshot().entry?.notes).toBe('Kept nowhere');
    });

    it('ignores a copy that is not a valid entry', () => {
      const drafts = memoryDrafts();
      drafts.area.set('forkcast.draft.2026-11-02', JSON.stringify({ version: 1, entry: { date: '2026-11-02' } }));
      drafts.area.set('forkcast.draft.2026-11-03', '{not json');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const session = new DraftSession('2026-11-02', { save: memoryStore().save, drafts });
      session.observe(null);
      expect(session.getSnapshot().saveState.status).toBe('clean');
      expect(drafts.read('2026-11-03')).toBeNull();
      expect(drafts.area.size).toBe(0);
      expect(warn).toHaveBeenCalledTimes(2);
    });
  });
});
