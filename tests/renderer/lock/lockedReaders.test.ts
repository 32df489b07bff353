import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { saveExperiment } from '../../../renderer/src/data/decisionRepository';
import { putEntries, saveEntry } from '../../../renderer/src/data/entriesRepository';
import { getEntries } from '../../../renderer/src/data/historyQueries';
import { currentOpener } from '../../../renderer/src/data/journalKey';
import { JournalReader } from '../../../renderer/src/data/journalReader';
import { loadExportRequest } from '../../../renderer/src/data/portabilityRepository';
import { findLastGoodDayBefore, listDaysBefore } from '../../../renderer/src/data/recentDays';
import { isSealed } from '../../../renderer/src/data/sealedRows';
import { PAGE_SIZE } from '../../../renderer/src/history/firstPage';
import { createHistorySearch } from '../../../renderer/src/history/historySearch';
import type { LockController } from '../../../renderer/src/lock/lockController';
import { loadTrends } from '../../../renderer/src/trends/loadTrends';
import { journalFingerprint } from '../../../renderer/src/trends/trendsQueries';
import { indexHistory, NO_FILTERS, searchHistory } from '../../../shared/historyFilters';
import { buildTrends } from '../../../shared/trends';
import { badDay, FIXTURE_NOW, goodDay } from '../../fixtures/entries';
import { generateJournal } from '../../fixtures/journal';
import { freshJournal, lockJournal, startController } from './lockTestKit';

const journal = generateJournal({ seed: 3, days: 90, persona: 'architect', endDate: '2026-11-20' });
const range = { from: '2026-09-01', to: '2026-11-20' };

let controller: LockController;
let reader: JournalReader;

beforeEach(async () => {
  await freshJournal();
  await putEntries(journal);
  ({ controller } = await startController());
  await lockJournal(controller);
  reader = new JournalReader(db.name);
});
afterEach(() => {
  reader.close();
  controller.stop();
});

describe('readers of a locked journal', () => {
  it('Trends, in its worker, opens the sealed days with the key it is handed and draws what the plain journal would', async () => {
    expect((await db.entries.toArray()).every(isSealed)).toBe(true);
    const expected = buildTrends(
      journal.filter((entry) => entry.date >= range.from && entry.date <= range.to),
      [],
      range,
    );
    expect(await loadTrends(range, reader, currentOpener())).toEqual(expected);
  });

  it('Trends compares the sealed plan’s experiments with the weeks before them, though those precede the range', async () => {
    const experiment = {
      label: 'Design month',
      focus: 'architecture' as const,
      start: '2026-09-10',
      end: '2026-10-05',
    };
    await saveExperiment(experiment, null);
    const [row] = await db.decision.toArray();
    expect(row && isSealed(row)).toBe(true);
    const trends = await loadTrends(range, reader, currentOpener());
    // Compared with every day of the journal (the 42 days before 10 Sep begin in July), drawn over the range only.
    expect(trends).toEqual(buildTrends(journal, [], range, [experiment]));
    expect(trends.experiments).toHaveLength(1);
    expect(trends.experiments[0]?.basis).toMatch(/Before it \(30 Jul 2026 to 9 Sept? 2026\): 18 days written/);
  });

  it('Trends without the key says the journal is locked', async () => {
    await expect(loadTrends(range, reader, null)).rejects.toThrow('The journal is locked.');
  });

  it('Trends leaves out a day that does not decrypt, and draws the rest', async () => {
    const row = await db.entries.get('2026-11-20');
    if (!row || !isSealed(row)) throw new Error('not sealed');
    await db.entries.put({ ...row, data: row.data.slice(1) });
    const rest = journal.filter((entry) => entry.date >= range.from && entry.date < '2026-11-20');
    expect(await loadTrends(range, reader, currentOpener())).toEqual(buildTrends(rest, [], range));
  });

  it('the trends fingerprint changes with every save, though no date or text shows in it', async () => {
    const before = await journalFingerprint();
    const saved = await saveEntry(goodDay('2026-11-21', { notes: 'fingerprint' }), null, FIXTURE_NOW);
    const after = await journalFingerprint();
    expect(after).not.toBe(before);
    if (saved.status !== 'saved') throw new Error('not saved');
    await saveEntry({ ...saved.entry, notes: 'changed, same count' }, saved.entry.revision, FIXTURE_NOW);
    expect(await journalFingerprint()).not.toBe(after);
    expect(after).not.toMatch(/2026|fingerprint/);
  });

  it('History search, in its worker, finds in the sealed days what it finds in the plain journal', async () => {
    const newestFirst = [...journal].reverse();
    // Two words that only some days hold, and a filter.
    const query = { version: '1', query: 'retry deadline', filters: { ...NO_FILTERS, dayKind: 'bad' as const } };
    const expected = searchHistory(indexHistory(newestFirst, []), query.query, query.filters);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(journal.length / 4);
    const found = await createHistorySearch(reader, currentOpener()).search(query);
    expect(found.dates).toEqual(expected);
    // The answer brings the first page of those days, decrypted, so the page need not read them.
    expect(found.first).toEqual(expected.slice(0, PAGE_SIZE).map((date) => journal.find((e) => e.date === date)));
    await expect(createHistorySearch(reader, null).search(query)).rejects.toThrow('The journal is locked.');
  });

  it('History leaves out of its search and its rows a day that does not decrypt, and shows the rest', async () => {
    const row = await db.entries.get('2026-11-20');
    if (!row || !isSealed(row)) throw new Error('not sealed');
    await db.entries.put({ ...row, data: row.data.slice(1) });
    const rest = journal.filter((entry) => entry.date !== '2026-11-20').reverse();
    const query = { version: '1', query: '', filters: { ...NO_FILTERS, from: '2026-11-10' } };
    const found = await createHistorySearch(reader, currentOpener()).search(query);
    expect(found.dates).toEqual(searchHistory(indexHistory(rest, []), '', query.filters));
    expect(found.first.map((entry) => entry?.date)).toEqual(found.dates.slice(0, PAGE_SIZE));
    expect(await getEntries(['2026-11-20', '2026-11-19'])).toEqual([
      undefined,
      journal.find((entry) => entry.date === '2026-11-19'),
    ]);
  });

  it('export and the suggestions read the days as written', async () => {
    const request = await loadExportRequest({ from: '2026-11-01', to: '2026-11-20' });
    expect(request.entries).toEqual(journal.filter((entry) => entry.date >= '2026-11-01'));
    expect(await listDaysBefore('2026-11-20', 3)).toEqual(journal.slice(-4, -1).reverse());
    await putEntries([badDay('2026-11-21'), badDay('2026-11-22')]);
    const good = journal.filter((entry) => entry.dayKind === 'good' && entry.activities.length > 0).at(-1);
    expect(await findLastGoodDayBefore('2026-11-23')).toEqual(good);
  });
});
