import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../shared';
import type { SaveResult } from '../../../renderer/src/data/entriesRepository';
import { installCloseHandshake } from '../../../renderer/src/app/closeHandshake';
import { DraftSession } from '../../../renderer/src/today/draftSession';
import { recoverDrafts, saveOpenDrafts, trackOpenDraft } from '../../../renderer/src/today/openDrafts';
import { goodDay } from '../../fixtures/entries';
import { bridge } from '../portability/fakeBridge';
import { memoryDrafts } from './memoryDrafts';

/** A journal in memory with the repository's revision rule; `failing` makes saves throw. */
function memoryJournal(initial: Entry[] = []) {
  const days = new Map(initial.map((entry) => [entry.date, entry]));
  const journal = {
    days,
    failing: false,
    get: async (date: string) => days.get(date),
    save: async (entry: Entry, base: number | null): Promise<SaveResult> => {
      if (journal.failing) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
      const current = days.get(entry.date);
      if (current && current.revision !== base) return { status: 'conflict', current };
      const saved = { ...entry, revision: (current?.revision ?? 0) + 1 };
      days.set(entry.date, saved);
      return { status: 'saved', entry: saved };
    },
  };
  return journal;
}

const untracks: (() => void)[] = [];
afterEach(() => {
  for (const untrack of untracks.splice(0)) untrack();
});

function openSession(date: string, journal: ReturnType<typeof memoryJournal>, drafts = memoryDrafts()) {
  const session = new DraftSession(date, { save: journal.save, drafts });
  untracks.push(trackOpenDraft(session));
  return session;
}

describe('recoverDrafts', () => {
  it('saves the copies a closed page left for days no editor has open', async () => {
    const journal = memoryJournal([{ ...goodDay('2026-11-01'), revision: 2 }]);
    const drafts = memoryDrafts();
    drafts.write('2026-11-01', { entry: { ...goodDay('2026-11-01'), notes: 'Lost in a reload' }, baseRevision: 2 });
    drafts.write('2026-11-03', { entry: { ...goodDay('2026-11-03'), notes: 'A new day' }, baseRevision: null });
    const clashes = await recoverDrafts({ drafts, get: journal.get, save: journal.save });
    expect(clashes).toEqual([]);
    expect(journal.days.get('2026-11-01')).toMatchObject({ notes: 'Lost in a reload', revision: 3 });
    expect(journal.days.get('2026-11-03')).toMatchObject({ notes: 'A new day', revision: 1 });
    expect(drafts.dates()).toEqual([]);
  });

  it('leaves a copy that clashes with a newer save, and names its day', async () => {
    const journal = memoryJournal([{ ...goodDay('2026-11-01'), notes: 'Saved elsewhere', revision: 5 }]);
    const drafts = memoryDrafts();
    drafts.write('2026-11-01', { entry: { ...goodDay('2026-11-01'), notes: 'Mine' }, baseRevision: 4 });
    await expect(recoverDrafts({ drafts, get: journal.get, save: journal.save })).resolves.toEqual(['2026-11-01']);
    expect(journal.days.get('2026-11-01')?.notes).toBe('Saved elsewhere');
    expect(drafts.read('2026-11-01')?.entry.notes).toBe('Mine');
  });

  it('leaves the day an editor has open to that editor, and keeps copies while storage fails', async () => {
    const journal = memoryJournal();
    const drafts = memoryDrafts();
    drafts.write('2026-11-01', { entry: { ...goodDay('2026-11-01'), notes: 'Open here' }, baseRevision: null });
    drafts.write('2026-11-02', { entry: { ...goodDay('2026-11-02'), notes: 'Not yet' }, baseRevision: null });
    openSession('2026-11-01', journal, drafts);
    journal.failing = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await recoverDrafts({ drafts, get: journal.get, save: journal.save });
    expect(journal.days.size).toBe(0);
    expect(drafts.dates()).toEqual(['2026-11-01', '2026-11-02']);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('saveOpenDrafts', () => {
  it('saves every open day before a close, and says so', async () => {
    const journal = memoryJournal();
    const session = openSession('2026-11-01', journal);
    session.observe(null);
    session.update((entry) => ({ ...entry, notes: 'Typed just before closing' }));
    await expect(saveOpenDrafts()).resolves.toEqual({ outcome: 'saved' });
    expect(journal.days.get('2026-11-01')?.notes).toBe('Typed just before closing');
  });

  it('names the day, the reason and whether a copy is kept when a save fails', async () => {
    const journal = memoryJournal();
    const drafts = memoryDrafts();
    const session = openSession('2025-11-25', journal, drafts);
    session.observe(null);
    journal.failing = true;
    session.update((entry) => ({ ...entry, notes: 'Not saved' }));
    const kept = await saveOpenDrafts();
    expect(kept).toMatchObject({ outcome: 'unsaved' });
    expect('message' in kept && kept.message).toMatch(
      /^Your latest changes to Tuesday, 25 November 2025 are not saved: Your disk or browser storage is full.*A copy is kept/,
    );

    drafts.state.full = true;
    session.update((entry) => ({ ...entry, notes: 'Not kept anywhere' }));
    const lost = await saveOpenDrafts();
    expect('message' in lost && lost.message).toMatch(/No copy could be kept either, so closing now loses them\.$/);
  });
});

describe('the page side of the close handshake', () => {
  it('answers a close request once every open day is saved, with the same id', async () => {
    const journal = memoryJournal();
    const session = openSession('2026-11-01', journal);
    session.observe(null);
    session.update((entry) => ({ ...entry, notes: 'Saved on close' }));
    const uninstall = installCloseHandshake(bridge, true);
    const [[listener]] = bridge.onCloseRequested.mock.calls as [[(request: { requestId: number }) => void]];
    listener({ requestId: 3 });
    await vi.waitFor(() => expect(bridge.readyToClose).toHaveBeenCalledWith({ requestId: 3, outcome: 'saved' }));
    expect(journal.days.get('2026-11-01')?.notes).toBe('Saved on close');
    uninstall();
  });
});
