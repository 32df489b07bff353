import type { Table } from 'dexie';
import type { Keyring, LocalDate, LockState } from '../../../shared';
import { db } from './database';
import { LockChangedError, sameRow } from './journalRows';
import {
  DamagedRowError,
  isSealed,
  RowOpener,
  sealActivity,
  sealDecision,
  sealEntry,
  sealReview,
  type CustomActivityRow,
  type DecisionRow,
  type EntryRow,
  type ReviewRow,
} from './sealedRows';

/**
 * Turning the lock on or off: one pass over the journal that seals every
 * plain row, or opens every sealed one. It is safe to kill at any moment:
 * the keyring is stored (marked `turning-on` or `turning-off`) before the
 * first row changes, each batch of rows is one transaction, and a row is
 * either still as it was or wholly converted, so every row stays readable
 * with the passphrase. The next unlock sees the mark and runs the pass again,
 * which picks up only the rows still to do. The keyring is marked `on`, or
 * removed, only once every row is done.
 */

/** Days per transaction: big enough to be quick, small enough that progress moves and a kill loses little. */
export const PASS_BATCH = 250;

export interface PassProgress {
  /** Days already in their new form, of all days. */
  done: number;
  total: number;
}

export interface PassReport {
  days: number;
  activities: number;
  reviews: number;
  /** Days that did not decrypt and were left as they are (turning off only). */
  damaged: LocalDate[];
}

/** Throws unless the stored keyring is `keyId`'s and in `state`: the pass stops if the lock changed under it. */
async function checkPass(keyId: string, state: LockState): Promise<Keyring> {
  const keyring = await db.keyring.get('journal');
  if (keyring?.keyId !== keyId || keyring.state !== state) throw new LockChangedError();
  return keyring;
}

/** Stores the keyring of a lock about to be turned on; refuses if the journal has one already. */
export async function beginLock(keyring: Keyring): Promise<void> {
  await db.transaction('rw', db.keyring, async () => {
    if ((await db.keyring.count()) > 0) throw new LockChangedError();
    await db.keyring.add({ ...keyring, state: 'turning-on' });
  });
}

/** Marks the lock as being turned off; its rows are opened by `openJournal`. */
export async function beginUnlockAll(keyId: string): Promise<void> {
  await db.transaction('rw', db.keyring, async () => {
    const keyring = await checkPass(keyId, 'on');
    await db.keyring.put({ ...keyring, state: 'turning-off', changedAt: new Date().toISOString() });
  });
}

type Pass = { keyId: string; state: LockState };

/**
 * Converts, batch by batch, the days `pending` names, until it names none.
 * `convert` returns a row's new form, or null to leave it. A row changed
 * between read and write is skipped in that batch and found again next round.
 */
async function convertDays(
  pending: () => Promise<LocalDate[]>,
  pass: Pass,
  convert: (row: EntryRow) => Promise<EntryRow | null>,
  report: (progress: PassProgress) => void,
): Promise<number> {
  const total = await db.entries.count();
  let todo = await pending();
  const converted = todo.length;
  let done = total - todo.length;
  report({ done, total });
  for (let round = 1; todo.length > 0; round += 1) {
    // Only another window could keep changing rows, and checkPass stops those writes; this is a backstop.
    if (round > 3) throw new LockChangedError();
    for (let at = 0; at < todo.length; at += PASS_BATCH) {
      const batch = todo.slice(at, at + PASS_BATCH);
      const before = await db.entries.bulkGet(batch);
      const next = await Promise.all(before.map((row) => (row ? convert(row) : null)));
      await db.transaction('rw', db.entries, db.keyring, async () => {
        await checkPass(pass.keyId, pass.state);
        const now = await db.entries.bulkGet(batch);
        await db.entries.bulkPut(
          next.filter((row, index): row is EntryRow => row !== null && sameRow(now[index], before[index])),
        );
      });
      done = Math.min(done + batch.length, total);
      report({ done, total });
    }
    todo = await pending();
  }
  return converted;
}

/**
 * Converts the rows of a small store (the user's own activities, at most a
 * few hundred; the weekly reviews, one a week; the one decision plan) in one transaction, until none
 * is left to convert. `convert` gives a row's replacement, or null to leave
 * it; the old row is removed first, since a sealed activity has a key of its own.
 */
async function convertSmallStore<Row extends CustomActivityRow | ReviewRow | DecisionRow>(
  table: Table<Row, string>,
  keyOf: (row: Row) => string,
  pass: Pass,
  convert: (row: Row) => Promise<Row | null>,
): Promise<number> {
  let converted = 0;
  for (let round = 1; ; round += 1) {
    const before = await table.toArray();
    const replaced = await Promise.all(before.map(convert));
    const todo = before.flatMap((row, index) => {
      const next = replaced[index];
      return next ? [{ row, next }] : [];
    });
    if (todo.length === 0) return converted;
    if (round > 3) throw new LockChangedError();
    converted += await db.transaction('rw', table, db.keyring, async () => {
      await checkPass(pass.keyId, pass.state);
      const now = await table.bulkGet(todo.map(({ row }) => keyOf(row)));
      const unchanged = todo.filter(({ row }, index) => sameRow(now[index], row));
      await table.bulkDelete(unchanged.map(({ row }) => keyOf(row)));
      await table.bulkPut(unchanged.map(({ next }) => next));
      return unchanged.length;
    });
  }
}

const activityKey = (row: CustomActivityRow) => row.id;
const reviewKey = (row: ReviewRow) => row.week;
const decisionKey = (row: DecisionRow) => row.id;

/**
 * Seals every plain row with `key`, then marks the lock `on`. Runs after
 * `beginLock`, and again after a kill. Plain days are exactly those in the
 * `updatedAt` index, since a sealed row has no clear `updatedAt`.
 */
export async function sealJournal(
  key: CryptoKey,
  keyId: string,
  report: (progress: PassProgress) => void = () => undefined,
): Promise<PassReport> {
  const pass: Pass = { keyId, state: 'turning-on' };
  await db.transaction('r', db.keyring, () => checkPass(keyId, 'turning-on'));
  const days = await convertDays(
    () => db.entries.orderBy('updatedAt').primaryKeys(),
    pass,
    async (row) => (isSealed(row) ? null : sealEntry(key, row)),
    report,
  );
  const activities = await convertSmallStore(db.customActivities, activityKey, pass, async (row) =>
    isSealed(row) ? null : sealActivity(key, row),
  );
  const reviews = await convertSmallStore(db.reviews, reviewKey, pass, async (row) =>
    isSealed(row) ? null : sealReview(key, row),
  );
  await convertSmallStore(db.decision, decisionKey, pass, async (row) => {
    if (isSealed(row)) return null;
    const { id, ...plan } = row;
    return sealDecision(key, id, plan);
  });
  await db.transaction('rw', db.keyring, async () => {
    const keyring = await checkPass(keyId, 'turning-on');
    await db.keyring.put({ ...keyring, state: 'on' });
  });
  return { days, activities, reviews, damaged: [] };
}

/**
 * Opens every sealed row with `key` back into a plain one, then removes the
 * keyring. Runs after `beginUnlockAll`, and again after a kill. A day that
 * does not decrypt is left sealed and named in the report: it could not be
 * read with the lock on either.
 */
export async function openJournal(
  key: CryptoKey,
  keyId: string,
  report: (progress: PassProgress) => void = () => undefined,
): Promise<PassReport> {
  const pass: Pass = { keyId, state: 'turning-off' };
  await db.transaction('r', db.keyring, () => checkPass(keyId, 'turning-off'));
  const opener = new RowOpener(key);
  const damaged: LocalDate[] = [];
  const openOrKeep = async <Row extends EntryRow | CustomActivityRow | ReviewRow | DecisionRow>(
    row: Row,
    open: (row: Row) => Promise<Row>,
  ): Promise<Row | null> => {
    if (!isSealed(row)) return null;
    try {
      return await open(row);
    } catch (error) {
      if (!(error instanceof DamagedRowError)) throw error;
      if (error.kind === 'entry') damaged.push(error.id);
      return null;
    }
  };
  const days = await convertDays(
    async () => (await db.entries.orderBy('iv').primaryKeys()).filter((date) => !damaged.includes(date)),
    pass,
    (row) => openOrKeep(row, (sealedRow) => opener.entry(sealedRow)),
    report,
  );
  const activities = await convertSmallStore(db.customActivities, activityKey, pass, (row) =>
    openOrKeep(row, (sealedRow) => opener.activity(sealedRow)),
  );
  const reviews = await convertSmallStore(db.reviews, reviewKey, pass, (row) =>
    openOrKeep(row, (sealedRow) => opener.review(sealedRow)),
  );
  await convertSmallStore(db.decision, decisionKey, pass, (row) =>
    openOrKeep(row, async (sealedRow) => ({ id: sealedRow.id, ...(await opener.decision(sealedRow)) })),
  );
  opener.forget();
  await db.transaction('rw', db.keyring, async () => {
    await checkPass(keyId, 'turning-off');
    await db.keyring.delete('journal');
  });
  return { days: days - damaged.length, activities, reviews, damaged };
}
