import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addCustomActivity,
  listCustomActivities,
  setCustomActivityLean,
} from '../../../renderer/src/data/customActivitiesRepository';
import { damagedRows } from '../../../renderer/src/data/damagedRows';
import { DATABASE_NAME, db } from '../../../renderer/src/data/database';
import { getEntry, listEntries, putEntries, saveEntry } from '../../../renderer/src/data/entriesRepository';
import { PASS_BATCH } from '../../../renderer/src/data/lockPass';
import { applyImport, loadBackupData, restoreBackup } from '../../../renderer/src/data/portabilityRepository';
import { isSealed } from '../../../renderer/src/data/sealedRows';
import type { LockController } from '../../../renderer/src/lock/lockController';
import type { Entry } from '../../../shared';
import { FIXTURE_NOW, goodDay } from '../../fixtures/entries';
import { generateJournal } from '../../fixtures/journal';
import { loadDump, parseDump } from '../data/indexedDbDump';
import { freshJournal, lockJournal, lockNow, PASSPHRASE, rawJournalText, startController } from './lockTestKit';

let controller: LockController;

beforeEach(async () => {
  await freshJournal();
});

afterEach(() => {
  controller.stop();
});

/** Makes the `failOn`th batch write of the pass fail, as a kill or a full disk would stop it there. */
function failBatch(failOn: number) {
  const bulkPut = db.entries.bulkPut.bind(db.entries);
  let calls = 0;
  return vi.spyOn(db.entries, 'bulkPut').mockImplementation((...args: Parameters<typeof db.entries.bulkPut>) => {
    calls += 1;
    if (calls === failOn) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    return bulkPut(...args);
  });
}

describe('the pass that turns the lock on or off', () => {
  const journal = generateJournal({ seed: 17, days: PASS_BATCH * 2 + 40, persona: 'random' });

  it('stopped part way, leaves every day readable, and finishes the rest on the next unlock', async () => {
    await putEntries(journal);
    ({ controller } = await startController());
    const progress: number[] = [];
    controller.subscribe(() => {
      const view = controller.getView();
      if (view.status === 'passing' && view.progress) progress.push(view.progress.done);
    });
    const failing = failBatch(2);
    await lockJournal(controller);
    failing.mockRestore();
    expect(controller.getView()).toMatchObject({
      status: 'passing',
      direction: 'on',
      failure: expect.stringContaining('Every entry is still readable'),
    });
    expect([...new Set(progress)]).toEqual([0, PASS_BATCH]);
    const rows = await db.entries.toArray();
    expect(rows.filter(isSealed)).toHaveLength(PASS_BATCH);
    // Half sealed, half not: every day reads back as it was.
    expect(await listEntries()).toEqual(journal);

    // As after a kill: a new window finds the keyring marked `turning-on`, and unlocking resumes the pass.
    controller.stop();
    ({ controller } = await startController());
    expect(controller.getView()).toMatchObject({ status: 'locked' });
    await controller.unlock({ passphrase: PASSPHRASE });
    expect(controller.getView()).toMatchObject({
      status: 'unlocked',
      notice: `Your journal is locked: ${(journal.length - PASS_BATCH).toLocaleString('en')} days and 0 activities of your own were encrypted.`,
    });
    expect((await db.entries.toArray()).every(isSealed)).toBe(true);
    expect((await db.keyring.get('journal'))?.state).toBe('on');
    expect(await listEntries()).toEqual(journal);
  });

  it('turning off, stopped part way, can be tried again and ends with every day in the clear', async () => {
    await putEntries(journal);
    ({ controller } = await startController());
    await lockJournal(controller);
    const failing = failBatch(1);
    await controller.turnOff(PASSPHRASE);
    failing.mockRestore();
    expect(controller.getView()).toMatchObject({ status: 'passing', direction: 'off', failure: expect.any(String) });
    expect(await listEntries()).toEqual(journal);
    await controller.retryPass();
    expect(controller.getView().status).toBe('none');
    expect(await db.entries.toArray()).toEqual(journal);
  });
});

describe('a tampered or damaged day', () => {
  it('is named and left as it is, and the rest of the journal opens', async () => {
    const days = [goodDay('2026-11-18'), goodDay('2026-11-19'), goodDay('2026-11-20')];
    await putEntries(days);
    ({ controller } = await startController());
    await lockJournal(controller);
    const row = await db.entries.get('2026-11-19');
    if (!row || !isSealed(row)) throw new Error('the day was not sealed');
    const tampered = { ...row, data: row.data.slice() };
    tampered.data[20] = (tampered.data[20] ?? 0) ^ 0x40;
    await db.entries.put(tampered);
    await lockNow(controller);
    await controller.unlock({ passphrase: PASSPHRASE });

    expect(await listEntries()).toEqual([days[0], days[2]]);
    expect(damagedRows().map((error) => error.message)).toEqual([
      'The day 2026-11-19 could not be decrypted: it was changed or damaged outside Forkcast, so it is left as it is.',
    ]);
    await expect(getEntry('2026-11-19')).rejects.toThrow('The day 2026-11-19 could not be decrypted');
    // Saving over it is refused: the damaged row stays for whoever can repair it.
    await expect(saveEntry(goodDay('2026-11-19'), null)).rejects.toThrow('could not be decrypted');
    expect(await db.entries.get('2026-11-19')).toEqual(tampered);
    const backup = await loadBackupData();
    expect(backup.damaged).toEqual(['2026-11-19']);
    expect(backup.data.entries.map((entry) => entry.date)).toEqual(['2026-11-18', '2026-11-20']);
  });

  it('moved onto another date does not open there', async () => {
    await putEntries([goodDay('2026-11-18', { notes: 'first' }), goodDay('2026-11-19', { notes: 'second' })]);
    ({ controller } = await startController());
    await lockJournal(controller);
    const first = await db.entries.get('2026-11-18');
    if (!first || !isSealed(first)) throw new Error('the day was not sealed');
    await db.entries.put({ ...first, date: '2026-11-19' });
    expect((await listEntries()).map((entry) => entry.date)).toEqual(['2026-11-18']);
    expect(damagedRows().map((error) => error.id)).toEqual(['2026-11-19']);
  });
});

describe('everything else under the lock', () => {
  beforeEach(async () => {
    ({ controller } = await startController());
    await addCustomActivity('Board prep', 'management', FIXTURE_NOW);
    await lockJournal(controller);
  });

  it('adds and changes activities of the user’s own without their labels in the clear', async () => {
    const added = await addCustomActivity('Vendor escalations', 'neutral', FIXTURE_NOW);
    await setCustomActivityLean('custom-board-prep', 'architecture');
    expect(await listCustomActivities()).toEqual([
      expect.objectContaining({ id: 'custom-board-prep', lean: 'architecture' }),
      added,
    ]);
    await expect(addCustomActivity('board PREP', 'neutral')).rejects.toThrow('You already have an activity called');
    expect(await db.customActivities.count()).toBe(2);
    const raw = await rawJournalText();
    expect(raw).not.toContain('Vendor');
    expect(raw).not.toContain('board-prep');
  });

  it('imports and restores as sealed rows', async () => {
    await applyImport({
      entries: [goodDay('2026-10-01', { notes: 'imported words' })],
      expected: [{ date: '2026-10-01', revision: null }],
      customActivities: [
        { id: 'custom-imported', label: 'Imported thing', lean: 'neutral', createdAt: FIXTURE_NOW.toISOString() },
      ],
    });
    expect((await getEntry('2026-10-01'))?.notes).toBe('imported words');
    const { data } = await loadBackupData();
    await restoreBackup({ ...data, entries: [...data.entries, goodDay('2026-10-02', { notes: 'restored words' })] });
    expect((await listEntries()).map((entry) => entry.notes)).toEqual(['imported words', 'restored words']);
    const raw = await rawJournalText();
    for (const word of ['imported words', 'restored words', 'Imported thing', 'custom-imported'])
      expect(raw).not.toContain(word);
  });
});

describe('a journal of the schema before the lock', () => {
  it('upgrades, locks and unlocks with every entry, activity and setting intact', async () => {
    const fixture = path.resolve(import.meta.dirname, '../../fixtures/db/v2.json');
    const dump = parseDump(await readFile(fixture, 'utf8'));
    const records = (store: string) => dump.stores.find((candidate) => candidate.name === store)?.records ?? [];
    db.close();
    await db.delete();
    await loadDump(indexedDB, DATABASE_NAME, dump);
    await db.open();
    expect(db.verno).toBeGreaterThan(2);

    ({ controller } = await startController());
    await lockJournal(controller);
    expect(await listEntries()).toEqual(records('entries') as Entry[]);
    expect(await listCustomActivities()).toEqual(records('customActivities'));
    expect((await db.entries.toArray()).every(isSealed)).toBe(true);

    await lockNow(controller);
    await controller.unlock({ passphrase: PASSPHRASE });
    await controller.turnOff(PASSPHRASE);
    expect(await db.entries.toArray()).toEqual(records('entries'));
    expect(await db.customActivities.toArray()).toEqual(records('customActivities'));
    expect(await db.settings.toArray()).toEqual(records('settings'));
  });
});
