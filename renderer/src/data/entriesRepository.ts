import { describeIssues, entrySchema, formatDate, type Entry, type LocalDate } from '../../../shared';
import { db } from './database';
import { ValidationError } from './errors';

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

export function getEntry(date: LocalDate): Promise<Entry | undefined> {
  return db.entries.get(date);
}

/**
 * Saves one day. `baseRevision` is the revision the editor started from (null
 * for a day it believed unsaved); if the stored revision differs, another
 * window saved in between and nothing is written. The check and the write
 * share one transaction, so two windows cannot both win.
 */
export async function saveEntry(entry: Entry, baseRevision: number | null, now = new Date()): Promise<SaveResult> {
  const valid = validateEntry(entry);
  return db.transaction('rw', db.entries, async () => {
    const current = await db.entries.get(valid.date);
    if ((current?.revision ?? null) !== baseRevision && current) return { status: 'conflict', current };
    const saved: Entry = {
      ...valid,
      createdAt: current?.createdAt ?? valid.createdAt,
      updatedAt: now.toISOString(),
      revision: (current?.revision ?? 0) + 1,
    };
    await db.entries.put(saved);
    return { status: 'saved', entry: saved };
  });
}

/** Removes a day and answers what it held (undefined when it held nothing), so the removal can be undone. */
export function deleteEntry(date: LocalDate): Promise<Entry | undefined> {
  return db.transaction('rw', db.entries, async () => {
    const removed = await db.entries.get(date);
    await db.entries.delete(date);
    return removed;
  });
}

/**
 * Puts a deleted day back, as a new save of it. Refused, with nothing
 * written, when the day was written again in the meantime.
 */
export async function restoreEntry(entry: Entry, now = new Date()): Promise<Entry> {
  const valid = validateEntry(entry);
  return db.transaction('rw', db.entries, async () => {
    if (await db.entries.get(valid.date)) {
      throw new ValidationError(
        `${formatDate(valid.date, 'weekdayDate')} was written again meanwhile, so the deleted version was not put back.`,
      );
    }
    const restored = { ...valid, updatedAt: now.toISOString(), revision: valid.revision + 1 };
    await db.entries.add(restored);
    return restored;
  });
}

/**
 * Moves a day to another date, for a day written under the wrong date. The
 * target must be empty: a day is never overwritten by a move. Prompt answers
 * go with it; everything else is kept as it is.
 */
export async function moveEntry(from: LocalDate, to: LocalDate, now = new Date()): Promise<Entry> {
  return db.transaction('rw', db.entries, async () => {
    const source = await db.entries.get(from);
    if (!source) throw new ValidationError(`${formatDate(from, 'weekdayDate')} has nothing written to move.`);
    if (await db.entries.get(to)) {
      throw new ValidationError(
        `${formatDate(to, 'weekdayDate')} already has an entry. Delete that day first, or pick another date.`,
      );
    }
    const moved = validateEntry({ ...source, date: to, updatedAt: now.toISOString(), revision: source.revision + 1 });
    await db.entries.add(moved);
    await db.entries.delete(from);
    return moved;
  });
}

/** Every entry, oldest first (the primary key order). */
export function listEntries(): Promise<Entry[]> {
  return db.entries.toArray();
}

/** Entries between two dates inclusive, oldest first. */
export function listEntriesBetween(from: LocalDate, to: LocalDate): Promise<Entry[]> {
  return db.entries.where('date').between(from, to, true, true).toArray();
}

export function countEntries(): Promise<number> {
  return db.entries.count();
}

/** The dates that have an entry in a range, with their day kind, for calendars. */
export async function listDayKinds(from: LocalDate, to: LocalDate): Promise<Pick<Entry, 'date' | 'dayKind'>[]> {
  const rows = await db.entries.where('date').between(from, to, true, true).toArray();
  return rows.map(({ date, dayKind }) => ({ date, dayKind }));
}

/**
 * Writes many entries in one transaction: all of them or, on any invalid
 * entry or storage failure, none.
 */
export async function putEntries(entries: readonly Entry[]): Promise<void> {
  const valid = entries.map(validateEntry);
  await db.transaction('rw', db.entries, () => db.entries.bulkPut(valid));
}
