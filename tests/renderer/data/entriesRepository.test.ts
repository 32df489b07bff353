import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomActivity, listCustomActivities } from '../../../renderer/src/data/customActivitiesRepository';
import { db } from '../../../renderer/src/data/database';
import {
  countEntries,
  getEntry,
  listEntries,
  listEntriesBetween,
  putEntries,
  saveEntry,
} from '../../../renderer/src/data/entriesRepository';
import { getSetting, setSetting } from '../../../renderer/src/data/settingsRepository';
import { describeStorageError } from '../../../renderer/src/data/errors';
import { badDay, goodDay } from '../../fixtures/entries';

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
  db.close();
});

describe('entries repository', () => {
  it('saves a new day and reads it back with revision 1', async () => {
    const result = await saveEntry(goodDay('2026-11-02'), null, new Date('2026-11-02T20:00:00Z'));
    expect(result.status).toBe('saved');
    const stored = await getEntry('2026-11-02');
    expect(stored).toMatchObject({ date: '2026-11-02', dayKind: 'good', revision: 1 });
    expect(stored?.updatedAt).toBe('2026-11-02T20:00:00.000Z');
  });

  it('bumps the revision on every save and keeps createdAt', async () => {
    const first = await saveEntry(goodDay('2026-11-02'), null);
    if (first.status !== 'saved') throw new Error('first save failed');
    const second = await saveEntry({ ...first.entry, notes: 'Changed.', createdAt: '2030-01-01T00:00:00.000Z' }, 1);
    expect(second).toMatchObject({ status: 'saved', entry: { revision: 2, notes: 'Changed.' } });
    expect((await getEntry('2026-11-02'))?.createdAt).toBe(first.entry.createdAt);
  });

  it('refuses to overwrite a save made elsewhere and writes nothing', async () => {
    await saveEntry(goodDay('2026-11-02'), null);
    await saveEntry({ ...goodDay('2026-11-02'), notes: 'Other window.' }, 1);
    const stale = await saveEntry({ ...goodDay('2026-11-02'), notes: 'This window.' }, 1);
    expect(stale).toMatchObject({ status: 'conflict', current: { notes: 'Other window.', revision: 2 } });
    expect((await getEntry('2026-11-02'))?.notes).toBe('Other window.');
  });

  it('refuses an invalid entry with a readable message and stores nothing', async () => {
    await expect(saveEntry({ ...goodDay('2026-11-02'), energy: 9 }, null)).rejects.toThrow(/energy/);
    await expect(saveEntry({ ...goodDay('2026-02-30') }, null)).rejects.toThrow(/date/);
    expect(await countEntries()).toBe(0);
  });

  it('lists entries in date order and by range', async () => {
    await putEntries([badDay('2026-11-03'), goodDay('2026-11-01'), goodDay('2026-10-01')]);
    expect((await listEntries()).map((entry) => entry.date)).toEqual(['2026-10-01', '2026-11-01', '2026-11-03']);
    expect((await listEntriesBetween('2026-11-01', '2026-11-30')).map((entry) => entry.date)).toEqual([
      '2026-11-01',
      '2026-11-03',
    ]);
  });

  it('writes a batch all or nothing', async () => {
    await expect(putEntries([goodDay('2026-11-01'), { ...goodDay('2026-11-02'), tags: ['bad tag'] }])).rejects.toThrow(
      /tags/,
    );
    expect(await countEntries()).toBe(0);
  });
});

describe('custom activities and settings', () => {
  it('adds custom activities with unique ids and refuses duplicates', async () => {
    const added = await addCustomActivity('Vendor calls', 'architecture');
    expect(added).toMatchObject({ id: 'custom-vendor-calls', lean: 'architecture' });
    await expect(addCustomActivity(' vendor CALLS ', 'neutral')).rejects.toThrow(/already/);
    await expect(addCustomActivity('   ', 'neutral')).rejects.toThrow(/name/);
    expect(await listCustomActivities()).toHaveLength(1);
  });

  it('validates settings on the way in and ignores malformed stored values', async () => {
    await setSetting('lastBackupAt', '2026-11-01T10:00:00.000Z');
    expect(await getSetting('lastBackupAt')).toBe('2026-11-01T10:00:00.000Z');
    await expect(setSetting('lastBackupAt', 'yesterday')).rejects.toThrow();
    await db.settings.put({ key: 'storagePersistence', value: { granted: 'maybe' } });
    expect(await getSetting('storagePersistence')).toBeUndefined();
  });
});

describe('describeStorageError', () => {
  const named = (name: string) => Object.assign(new Error('x'), { name });

  it('says what a failure means for opening and for writing', () => {
    expect(describeStorageError(named('UnknownError'), 'open')).toMatch(/refused to open/);
    expect(describeStorageError(named('UnknownError'))).toMatch(/not saved.*kept here/);
    expect(describeStorageError(named('QuotaExceededError'))).toMatch(/full/);
    expect(describeStorageError(Object.assign(named('AbortError'), { inner: named('QuotaExceededError') }))).toMatch(
      /full/,
    );
  });
});
