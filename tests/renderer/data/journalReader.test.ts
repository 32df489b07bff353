import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomActivity } from '../../../shared';
import { ForkcastDatabase } from '../../../renderer/src/data/database';
import { SCHEMA_VERSION } from '../../../renderer/src/data/databaseNames';
import { JOURNAL_NOT_OPEN, JOURNAL_TOO_NEW, JournalReader } from '../../../renderer/src/data/journalReader';
import { badDay, goodDay } from '../../fixtures/entries';

const ownActivity: CustomActivity = {
  id: 'custom-pairing',
  label: 'Pairing',
  lean: 'architecture',
  createdAt: '2026-11-01T09:00:00.000Z',
};

let opened: { readers: JournalReader[]; databases: Dexie[] } = { readers: [], databases: [] };
let nextName = 1;

/** A journal of its own for each test, written by the app's Dexie schema. */
async function seededJournal(): Promise<{ name: string; reader: JournalReader }> {
  const name = `forkcast-reader-${nextName++}`;
  const journal = new ForkcastDatabase(name);
  opened.databases.push(journal);
  await journal.open();
  await journal.entries.bulkPut([
    goodDay('2026-10-31'),
    goodDay('2026-11-01'),
    badDay('2026-11-02'),
    goodDay('2026-11-03'),
    badDay('2026-11-04'),
  ]);
  await journal.customActivities.put(ownActivity);
  return { name, reader: readerOf(name) };
}

function readerOf(name: string): JournalReader {
  const reader = new JournalReader(name);
  opened.readers.push(reader);
  return reader;
}

async function installedVersion(name: string): Promise<number | undefined> {
  return (await indexedDB.databases()).find((info) => info.name === name)?.version;
}

afterEach(async () => {
  for (const reader of opened.readers) reader.close();
  for (const database of opened.databases) database.close();
  for (const name of new Set(opened.databases.map((database) => database.name))) await Dexie.delete(name);
  opened = { readers: [], databases: [] };
});

describe('journal reader', () => {
  it('reads the days of a range with both ends included, in date order', async () => {
    const { reader } = await seededJournal();
    const { entries } = await reader.read({ from: '2026-11-01', to: '2026-11-03' });
    expect(entries.map((entry) => entry.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(entries[1]).toEqual(badDay('2026-11-02'));
  });

  it('reads from the first day when the range has no start', async () => {
    const { reader } = await seededJournal();
    const { entries } = await reader.read({ from: null, to: '2026-11-02' });
    expect(entries.map((entry) => entry.date)).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
  });

  it('answers a backwards range with no days, as Dexie did', async () => {
    const { reader } = await seededJournal();
    const { entries, customActivities } = await reader.read({ from: '2026-11-03', to: '2026-11-01' });
    expect(entries).toEqual([]);
    expect(customActivities).toEqual([ownActivity]);
  });

  it("returns the user's own activities with the days", async () => {
    const { reader } = await seededJournal();
    const { customActivities } = await reader.read({ from: '2026-12-01', to: '2026-12-31' });
    expect(customActivities).toEqual([ownActivity]);
  });

  it('never creates a journal that does not exist, and says so', async () => {
    const name = `forkcast-reader-missing-${nextName++}`;
    const reader = readerOf(name);
    await expect(reader.read({ from: null, to: '2026-11-20' })).rejects.toThrow(JOURNAL_NOT_OPEN);
    expect(await installedVersion(name)).toBeUndefined();
    // Still nothing after a second try, and the app's own open then creates it as usual.
    await expect(reader.read({ from: null, to: '2026-11-20' })).rejects.toThrow(JOURNAL_NOT_OPEN);
    const journal = new ForkcastDatabase(name);
    opened.databases.push(journal);
    await journal.open();
    expect(await installedVersion(name)).toBe(SCHEMA_VERSION * 10);
    expect((await reader.read({ from: null, to: '2026-11-20' })).entries).toEqual([]);
  });

  it('opens an existing journal at its own version without upgrading it', async () => {
    const { name, reader } = await seededJournal();
    const before = await installedVersion(name);
    await reader.read({ from: null, to: '2026-11-20' });
    expect(await installedVersion(name)).toBe(before);
  });

  it('declares the schema version the app opens', async () => {
    const { name } = await seededJournal();
    expect(opened.databases[0]?.verno).toBe(SCHEMA_VERSION);
    expect(await installedVersion(name)).toBe(SCHEMA_VERSION * 10);
  });

  it('closes when another connection upgrades the journal, so the upgrade is not blocked', async () => {
    const { name, reader } = await seededJournal();
    opened.databases[0]?.close();
    await reader.read({ from: null, to: '2026-11-20' });

    // A newer Forkcast in another window: the next version adds an index.
    const newer = new ForkcastDatabase(name);
    opened.databases.push(newer);
    newer.version(SCHEMA_VERSION + 1).stores({ entries: 'date, dayKind, updatedAt, *tags, energy' });
    let blocked = false;
    newer.on('blocked', () => {
      blocked = true;
    });
    await newer.open();
    expect(blocked).toBe(false);
    expect(await installedVersion(name)).toBe((SCHEMA_VERSION + 1) * 10);

    // Entries of a schema it does not know are not read, and the journal stays as the newer app left it.
    await expect(reader.read({ from: '2026-11-04', to: '2026-11-04' })).rejects.toThrow(JOURNAL_TOO_NEW);
    expect(await installedVersion(name)).toBe((SCHEMA_VERSION + 1) * 10);
  });

  it('reads a journal an older Forkcast left, at its own version, without upgrading it', async () => {
    const name = `forkcast-reader-older-${nextName++}`;
    const older = new Dexie(name);
    opened.databases.push(older);
    older
      .version(1)
      .stores({ entries: 'date, dayKind, updatedAt, *tags', customActivities: 'id, createdAt', settings: 'key' });
    await older.open();
    await older.table('entries').put(goodDay('2026-11-04'));
    older.close();
    const { entries } = await readerOf(name).read({ from: null, to: '2026-11-20' });
    expect(entries).toEqual([goodDay('2026-11-04')]);
    expect(await installedVersion(name)).toBe(10);
  });

  it('lets the journal be deleted while it is open', async () => {
    const { name, reader } = await seededJournal();
    opened.databases[0]?.close();
    await reader.read({ from: null, to: '2026-11-20' });
    await Dexie.delete(name);
    expect(await installedVersion(name)).toBeUndefined();
    await expect(reader.read({ from: null, to: '2026-11-20' })).rejects.toThrow(JOURNAL_NOT_OPEN);
    expect(await installedVersion(name)).toBeUndefined();
  });
});
