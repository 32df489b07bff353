import { describeIssues, entrySchema, formatDate, type Entry, type LocalDate } from '../../../shared';
import { db } from './database';
import { ValidationError } from './errors';
import { daysChanged, noteJournalChange } from './journalChanges';
import { trackWrite } from './journalKey';
import { checkWriteMode, entryRow, openEntries, openEntry, sameRow, writeMode, type WriteMode } from './journalRows';

export type SaveResult =
  | { status: 'saved'; entry: Entry }
  /** Someone else (another window) saved this day since we loaded it. */
  | { status: 'conflict'; current: Entry };

/** Parses an entry with the shared schema; throws a ValidationError a user can read. */
export function validateEntry(candidate: unknown): Entry {
  const parsed = entrySchema.safeParse(candidate);
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  return parsed.data;
}

/** One day, or undefined. A day that does not decrypt throws a DamagedRowError naming it. */
export async function getEntry(date: LocalDate): Promise<Entry | undefined> {
  const row = await db.entries.get(date);
  return row && openEntry(row);
}

/** How often a write starts over when another write lands between its read and its write. */
const WRITE_ATTEMPTS = 5;

interface DaysChange<T> {
  put?: Entry[];
  remove?: LocalDate[];
  result: T;
}

/**
 * Changes some days after reading them: `plan` sees them opened (undefined
 * for a day with no entry), outside any transaction, since sealing needs
 * WebCrypto; it may refuse by throwing. The change is written, sealed for
 * `mode`, only if none of those days changed meanwhile; otherwise it reads
 * again. One transaction, so all of it happens or none.
 */
async function changeDays<T>(
  dates: readonly LocalDate[],
  mode: WriteMode,
  plan: (days: (Entry | undefined)[]) => DaysChange<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const before = await db.entries.bulkGet([...dates]);
    const days = await Promise.all(before.map((row) => row && openEntry(row, mode.state)));
    const change = plan(days);
    const rows = await Promise.all((change.put ?? []).map((entry) => entryRow(entry, mode)));
    const written = await db.transaction('rw', db.entries, db.keyring, async () => {
      await checkWriteMode(mode);
      const now = await db.entries.bulkGet([...dates]);
      if (now.some((row, index) => !sameRow(row, before[index]))) return false;
      await db.entries.bulkDelete(change.remove ?? []);
      await db.entries.bulkPut(rows);
      return true;
    });
    if (written) {
      noteJournalChange(daysChanged(change.put ?? [], change.remove ?? []));
      return change.result;
    }
    if (attempt === WRITE_ATTEMPTS) throw new ValidationError('This day keeps changing in another window; try again.');
  }
}

/**
 * Saves one day. `baseRevision` is the revision the editor started from (null
 * for a day it believed unsaved); if the stored revision differs, another
 * window saved in between and nothing is written. The write happens only if
 * the stored day is still the one the revision was read from, so two windows
 * cannot both win.
 */
export async function saveEntry(entry: Entry, baseRevision: number | null, now = new Date()): Promise<SaveResult> {
  // Runs up to trackWrite in the caller's turn, so a save begun as the journal locks is counted and keeps its key.
  const valid = validateEntry(entry);
  return trackWrite(
    changeDays([valid.date], writeMode(), ([current]): DaysChange<SaveResult> => {
      if (current && current.revision !== baseRevision) return { result: { status: 'conflict', current } };
      const saved: Entry = {
        ...valid,
        createdAt: current?.createdAt ?? valid.createdAt,
        updatedAt: now.toISOString(),
        revision: (current?.revision ?? 0) + 1,
      };
      return { put: [saved], result: { status: 'saved', entry: saved } };
    }),
  );
}

/** Removes a day and answers what it held (undefined when it held nothing), so the removal can be undone. */
export async function deleteEntry(date: LocalDate): Promise<Entry | undefined> {
  return trackWrite(changeDays([date], writeMode(), ([removed]) => ({ remove: [date], result: removed })));
}

/**
 * Puts a deleted day back, as a new save of it. Refused, with nothing
 * written, when the day was written again in the meantime.
 */
export async function restoreEntry(entry: Entry, now = new Date()): Promise<Entry> {
  const valid = validateEntry(entry);
  return trackWrite(
    changeDays([valid.date], writeMode(), ([current]) => {
      if (current) {
        throw new ValidationError(
          `${formatDate(valid.date, 'weekdayDate')} was written again meanwhile, so the deleted version was not put back.`,
        );
      }
      const restored = { ...valid, updatedAt: now.toISOString(), revision: valid.revision + 1 };
      return { put: [restored], result: restored };
    }),
  );
}

/**
 * Moves a day to another date, for a day written under the wrong date. The
 * target must be empty: a day is never overwritten by a move. Prompt answers
 * go with it; everything else is kept as it is.
 */
export async function moveEntry(from: LocalDate, to: LocalDate, now = new Date()): Promise<Entry> {
  return trackWrite(
    changeDays([from, to], writeMode(), ([source, target]) => {
      if (!source) throw new ValidationError(`${formatDate(from, 'weekdayDate')} has nothing written to move.`);
      if (target) {
        throw new ValidationError(
          `${formatDate(to, 'weekdayDate')} already has an entry. Delete that day first, or pick another date.`,
        );
      }
      const moved = validateEntry({ ...source, date: to, updatedAt: now.toISOString(), revision: source.revision + 1 });
      return { put: [moved], remove: [from], result: moved };
    }),
  );
}

/** Every entry, oldest first (the primary key order). */
export async function listEntries(): Promise<Entry[]> {
  return openEntries(await db.entries.toArray());
}

/** Entries between two dates inclusive, oldest first. */
export async function listEntriesBetween(from: LocalDate, to: LocalDate): Promise<Entry[]> {
  return openEntries(await db.entries.where('date').between(from, to, true, true).toArray());
}

export function countEntries(): Promise<number> {
  return db.entries.count();
}

/** The dates that have an entry in a range, with their day kind, for calendars. */
export async function listDayKinds(from: LocalDate, to: LocalDate): Promise<Pick<Entry, 'date' | 'dayKind'>[]> {
  const entries = await listEntriesBetween(from, to);
  return entries.map(({ date, dayKind }) => ({ date, dayKind }));
}

/**
 * Writes many entries in one transaction: all of them or, on any invalid
 * entry or storage failure, none.
 */
export async function putEntries(entries: readonly Entry[]): Promise<void> {
  const valid = entries.map(validateEntry);
  const mode = writeMode();
  const rows = await Promise.all(valid.map((entry) => entryRow(entry, mode)));
  await db.transaction('rw', db.entries, db.keyring, async () => {
    await checkWriteMode(mode);
    await db.entries.bulkPut(rows);
  });
  noteJournalChange(daysChanged(valid));
}
