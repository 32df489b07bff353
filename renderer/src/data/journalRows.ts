import type { CustomActivity, DecisionPlan, Entry, Review } from '../../../shared';
import { sameBytes } from '../crypto/bytes';
import { noteDamaged, noteReadable } from './damagedRows';
import { db } from './database';
import { keyState, type KeyState } from './journalKey';
import {
  DamagedRowError,
  isSealed,
  JournalLockedError,
  planOf,
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
 * Between the repositories and the stored rows, on the page's thread: opens
 * rows with the key this window holds and seals what it writes, so the
 * repositories hand out and take in plain entries only.
 *
 * WebCrypto cannot run inside an IndexedDB transaction (the transaction would
 * commit while it waits), so a write seals first and then, in its
 * transaction, checks that the lock is still the one it sealed for
 * (`checkWriteMode`) and that the rows it read are unchanged (`sameRow`).
 */

/** Another window locked, unlocked or changed the lock since this write was prepared. */
export class LockChangedError extends Error {
  override name = 'LockChangedError';
  constructor() {
    super(
      'The journal’s lock was changed in another window, so this was not saved. Reload to continue; your text is kept here.',
    );
  }
}

/**
 * How a write reads and writes: in the clear, or sealed with the key of one
 * keyring. Captured once when the write begins (see `opener`).
 */
export type WriteMode = { state: KeyState; seal: null } | { state: KeyState; seal: { key: CryptoKey; keyId: string } };

/** The write mode now; a locked journal cannot be written. */
export function writeMode(state: KeyState = keyState()): WriteMode {
  if (state.status === 'locked') throw new JournalLockedError();
  return state.status === 'none' ? { state, seal: null } : { state, seal: { key: state.key, keyId: state.keyId } };
}

/**
 * Run inside a read-write transaction that includes db.keyring: throws unless
 * the stored lock is still the one `mode` was prepared for, so a window that
 * missed a lock change never writes plain rows into a locked journal, or
 * sealed rows with a retired key.
 */
export async function checkWriteMode(mode: WriteMode): Promise<void> {
  const keyring = await db.keyring.get('journal');
  const fits =
    mode.seal === null ? keyring === undefined : keyring?.keyId === mode.seal.keyId && keyring.state === 'on';
  if (!fits) throw new LockChangedError();
}

/** Whether two reads of one row saw the same write. */
export function sameRow(
  a: EntryRow | CustomActivityRow | ReviewRow | DecisionRow | undefined,
  b: EntryRow | CustomActivityRow | ReviewRow | DecisionRow | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (isSealed(a) || isSealed(b)) return isSealed(a) && isSealed(b) && sameBytes(a.iv, b.iv);
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The opener for `state`, or null when the journal has no lock. A write
 * passes the state it captured when it began, so a save that started just
 * before the journal locked still reads and seals with the key it began with.
 */
function opener(state: KeyState) {
  if (state.status === 'locked') throw new JournalLockedError();
  return state.status === 'unlocked' ? state.opener : null;
}

/** One stored day as an entry. Throws a DamagedRowError (noted for the notice) or a JournalLockedError. */
export async function openEntry(row: EntryRow, state: KeyState = keyState()): Promise<Entry> {
  if (!isSealed(row)) return row;
  const rows = opener(state);
  if (!rows) {
    // A sealed row in a journal with no lock is left over from a pass that could not open it.
    const error = new DamagedRowError('entry', row.date);
    noteDamaged(error);
    throw error;
  }
  try {
    const entry = await rows.entry(row);
    noteReadable('entry', row.date);
    return entry;
  } catch (error) {
    if (error instanceof DamagedRowError) noteDamaged(error);
    throw error;
  }
}

/** Many stored days as entries, in their order; a damaged day is named (damagedRows.ts) and left out. */
export async function openEntries(rows: readonly EntryRow[], state: KeyState = keyState()): Promise<Entry[]> {
  const opened = await Promise.all(
    rows.map((row) =>
      openEntry(row, state).catch((error: unknown) =>
        error instanceof DamagedRowError ? null : Promise.reject(error),
      ),
    ),
  );
  return opened.filter((entry): entry is Entry => entry !== null);
}

/** IndexedDB's own order for string keys. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An activity with the row it was read from. */
export interface OpenedActivity {
  activity: CustomActivity;
  row: CustomActivityRow;
}

/** The user's own activities with their rows, oldest first; a damaged one is named and left out. */
export async function openActivityRows(
  rows: readonly CustomActivityRow[],
  state: KeyState = keyState(),
): Promise<OpenedActivity[]> {
  const opened = await Promise.all(
    rows.map(async (row): Promise<OpenedActivity | null> => {
      if (!isSealed(row)) return { activity: row, row };
      const rowsOpener = opener(state);
      if (!rowsOpener) {
        noteDamaged(new DamagedRowError('activity', row.id));
        return null;
      }
      try {
        return { activity: await rowsOpener.activity(row), row };
      } catch (error) {
        if (!(error instanceof DamagedRowError)) throw error;
        noteDamaged(error);
        return null;
      }
    }),
  );
  return opened
    .filter((item): item is OpenedActivity => item !== null)
    .sort(
      // The order the createdAt index gave: by creation, then by id.
      (a, b) => byCodeUnits(a.activity.createdAt, b.activity.createdAt) || byCodeUnits(a.activity.id, b.activity.id),
    );
}

/** The user's own activities, oldest first; a damaged one is named and left out. */
export async function openActivities(
  rows: readonly CustomActivityRow[],
  state: KeyState = keyState(),
): Promise<CustomActivity[]> {
  return (await openActivityRows(rows, state)).map(({ activity }) => activity);
}

/** The row to store for an entry under `mode`. */
export function entryRow(entry: Entry, mode: WriteMode): Promise<EntryRow> {
  return mode.seal ? sealEntry(mode.seal.key, entry) : Promise.resolve(entry);
}

/**
 * The row to store for an activity under `mode`. Sealed, it keeps the row id
 * of `previous` when that row was sealed too, and otherwise draws a new one:
 * a plain row's key is the activity's id, which is made from its label.
 */
export function activityRow(
  activity: CustomActivity,
  mode: WriteMode,
  previous?: CustomActivityRow,
): Promise<CustomActivityRow> {
  if (!mode.seal) return Promise.resolve(activity);
  return sealActivity(mode.seal.key, activity, previous && isSealed(previous) ? previous.id : undefined);
}

/** One stored review. Throws a DamagedRowError (noted for the notice) or a JournalLockedError. */
export async function openReview(row: ReviewRow, state: KeyState = keyState()): Promise<Review> {
  if (!isSealed(row)) return row;
  const rows = opener(state);
  try {
    if (!rows) throw new DamagedRowError('review', row.week);
    const review = await rows.review(row);
    noteReadable('review', row.week);
    return review;
  } catch (error) {
    if (error instanceof DamagedRowError) noteDamaged(error);
    throw error;
  }
}

/** Many stored reviews, in their order; a damaged one is named (damagedRows.ts) and left out. */
export async function openReviews(rows: readonly ReviewRow[], state: KeyState = keyState()): Promise<Review[]> {
  const opened = await Promise.all(
    rows.map((row) =>
      openReview(row, state).catch((error: unknown) =>
        error instanceof DamagedRowError ? null : Promise.reject(error),
      ),
    ),
  );
  return opened.filter((review): review is Review => review !== null);
}

/** The row to store for a review under `mode`. */
export function reviewRow(review: Review, mode: WriteMode): Promise<ReviewRow> {
  return mode.seal ? sealReview(mode.seal.key, review) : Promise.resolve(review);
}

/** The stored decision plan, opened; a damaged one is named for the notice and reads as none. */
export async function openDecision(row: DecisionRow, state: KeyState = keyState()): Promise<DecisionPlan | null> {
  if (!isSealed(row)) return planOf(row);
  const rows = opener(state);
  try {
    if (!rows) throw new DamagedRowError('decision', row.id);
    return await rows.decision(row);
  } catch (error) {
    if (!(error instanceof DamagedRowError)) throw error;
    noteDamaged(error);
    return null;
  }
}

/** The row to store for the decision plan under `mode`. */
export function decisionRow(id: string, plan: DecisionPlan, mode: WriteMode): Promise<DecisionRow> {
  return mode.seal ? sealDecision(mode.seal.key, id, plan) : Promise.resolve({ id, ...plan });
}
