import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import {
  applyImport,
  loadBackupData,
  loadExportRequest,
  restoreBackup,
  summariseJournal,
} from '../../../renderer/src/data/portabilityRepository';
import { setDecisionDate } from '../../../renderer/src/data/decisionRepository';
import { createBackup, parseBackup, type BackupData } from '../../../shared';
import { customActivityArbitrary, journalArbitrary, timestampArbitrary } from '../../fixtures/entryArbitrary';
import { goodDay, weekReview } from '../../fixtures/entries';

async function emptyDatabase() {
  await db.delete();
  await db.open();
}

const settingsArbitrary = fc.record({
  lastBackupAt: fc.option(timestampArbitrary, { nil: undefined }),
  storagePersistence: fc.option(fc.record({ askedAt: timestampArbitrary, granted: fc.boolean() }), { nil: undefined }),
});

beforeEach(emptyDatabase);

describe('backup and restore', () => {
  it('restores a backup into an empty database as exactly the data that was backed up', async () => {
    await fc.assert(
      fc.asyncProperty(
        journalArbitrary(8),
        fc.uniqueArray(customActivityArbitrary, { selector: (activity) => activity.id, maxLength: 4 }),
        settingsArbitrary,
        async (entries, customActivities, settings) => {
          await emptyDatabase();
          await db.entries.bulkAdd(entries);
          await db.customActivities.bulkAdd(customActivities);
          for (const [key, value] of Object.entries(settings))
            if (value !== undefined) await db.settings.put({ key, value });
          const { data: before } = await loadBackupData();
          const text = createBackup(before, new Date());

          await emptyDatabase();
          const parsed = parseBackup(text);
          if (!parsed.ok) throw new Error(parsed.reason);
          if (!('backup' in parsed)) throw new Error('a plain journal gave a locked backup');
          await restoreBackup(parsed.backup.data);
          expect((await loadBackupData()).data).toEqual(before);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the journal as it was when a restore fails part way', async () => {
    await db.entries.put(goodDay('2026-11-20'));
    // Two days with one date cannot both be added; the transaction must undo the clear.
    const broken: BackupData = {
      entries: [goodDay('2026-01-01'), goodDay('2026-01-01')],
      customActivities: [],
      settings: [],
      reviews: [],
    };
    await expect(restoreBackup(broken)).rejects.toThrow();
    expect(await db.entries.toCollection().primaryKeys()).toEqual(['2026-11-20']);
  });
});

describe('summariseJournal', () => {
  it('counts what a restore replaces: days, own activities, weekly reviews and whether there is a decision plan', async () => {
    await db.entries.bulkAdd([goodDay('2026-11-19'), goodDay('2026-11-20')]);
    expect(await summariseJournal(new Set(['2026-11-20']))).toEqual({
      days: 2,
      customActivities: 0,
      reviews: 0,
      decisionPlan: false,
      daysNotInBackup: 1,
    });
    await db.reviews.add(weekReview);
    await setDecisionDate('2027-01-05', '2026-11-20');
    expect(await summariseJournal(new Set())).toMatchObject({ reviews: 1, decisionPlan: true, daysNotInBackup: 2 });
    // A plan emptied again is no plan to lose.
    await setDecisionDate(null, '2026-11-20');
    expect(await summariseJournal(new Set())).toMatchObject({ decisionPlan: false });
  });
});

describe('applyImport', () => {
  it('writes nothing when one day of the import is invalid', async () => {
    const bad = { ...goodDay('2026-11-21'), energy: 9 };
    await expect(
      applyImport({
        entries: [goodDay('2026-11-20'), bad],
        expected: [
          { date: '2026-11-20', revision: null },
          { date: '2026-11-21', revision: null },
        ],
        customActivities: [],
      }),
    ).rejects.toThrow(/energy/);
    expect(await db.entries.count()).toBe(0);
  });
});

describe('loadExportRequest', () => {
  it('takes the days of a range, or all of them', async () => {
    await db.entries.bulkAdd([
      goodDay('2026-10-31'),
      goodDay('2026-11-01'),
      goodDay('2026-11-30'),
      goodDay('2026-12-01'),
    ]);
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect((await loadExportRequest(range)).entries.map((entry) => entry.date)).toEqual(['2026-11-01', '2026-11-30']);
    expect((await loadExportRequest(null)).entries).toHaveLength(4);
  });
});
