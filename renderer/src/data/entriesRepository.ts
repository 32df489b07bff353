import { describeIssues, entrySchema, type Entry, type LocalDate } from '../../../shared';
import { db } from './database';
import { ValidationError } from './errors';
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

/** How often a save starts over when another write lands between its read and its write. */
const SAVE_ATTEMPTS = 5;

/**
 * Saves one day. `baseRevision` is the revision the editor started from (null
 * for a day it believed unsaved); if the stored revision differs, another
 * window saved in between and nothing is written. The row is sealed before
 * its transaction (see journalRows.ts); the transaction writes only if the
 * stored row is still the one the revision was read from, so two windows
 * cannot both win.
 */
export async function saveEntry(entry: Entry, baseRevision: number | null, now = new Date()): Promise<SaveResult> {
  // Runs up to trackWrite in the caller's turn, so a save begun as the journal locks is counted and keeps its key.
  const valid = validateEntry(entry);
  return trackWrite(saveWith(valid, baseRevision, now, writeMode()));
}

async function saveWith(valid: Entry, baseRevision: number | null, now: Date, mode: WriteMode): Promise<SaveResult> {
  for (let attempt = 1; ; attempt += 1) {
    const before = await db.entries.get(valid.date);
    const current = before && (await openEntry(before, mode.state));
    if (current && current.revision !== baseRevision) return { status: 'conflict', current };
    const saved: Entry = {
      ...valid,
      createdAt: current?.createdAt ?? valid.createdAt,
      updatedAt: now.toISOString(),
      revision: (current?.revision ?? 0) + 1,
    };
    const row = await entryRow(saved, mode);
    const written = await db.transaction('rw', db.entries, db.keyring, async () => {
      await checkWriteMode(mode);
      if (!sameRow(await db.entries.get(valid.date), before)) return false;
      await db.entries.put(row);
      return true;
    });
    if (written) return { status: 'saved', entry: saved };
    if (attempt === SAVE_ATTEMPTS) throw new ValidationError('This day keeps changing in another window; try again.');
  }
}

/** Removes a day. Used when the user clears a day they had written. */
export async function deleteEntry(date: LocalDate): Promise<void> {
  const mode = writeMode();
  await db.transaction('rw', db.entries, db.keyring, async () => {
    await checkWriteMode(mode);
    await db.entries.delete(date);
  });
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
}
