import type { CustomActivity } from '../../../shared/activities';
import type { DecisionPlan } from '../../../shared/decisionSchemas';
import type { Entry } from '../../../shared/entry';
import type { Review } from '../../../shared/review';
import { randomBytes, sameBytes, type Bytes } from '../crypto/bytes';
import { LABELS, openJson, SealBrokenError, sealJson, type SealedBox } from '../crypto/envelope';

/**
 * What the journal's stores hold once it is locked, and how one key turns
 * rows into entries and back. A sealed row keeps in the clear only its key
 * (an entry's date; for an activity, a random row id) beside the nonce and
 * the ciphertext; everything the user wrote or chose is inside. A plain row
 * is the entry itself, as before the lock. Zod-free: the trends worker uses
 * it too.
 */

/** A day of a locked journal. `iv` is also an index: every write draws a new one, which tells a reader what changed. */
export interface SealedEntryRow extends SealedBox {
  date: string;
}

/** One of the user's own activities in a locked journal; its id and label are inside. */
export interface SealedActivityRow extends SealedBox {
  id: string;
}

/** A weekly review of a locked journal; its week is in the clear, as a day's date is. */
export interface SealedReviewRow extends SealedBox {
  week: string;
}

/** The decision plan in a locked journal: only its fixed key is in the clear. */
export interface SealedDecisionRow extends SealedBox {
  id: string;
}

export type EntryRow = Entry | SealedEntryRow;
export type ReviewRow = Review | SealedReviewRow;
export type DecisionRow = (DecisionPlan & { id: string }) | SealedDecisionRow;
export type CustomActivityRow = CustomActivity | SealedActivityRow;

/** Whether a stored row is sealed. A plain entry or activity never has an `iv`. */
export function isSealed<Row extends object>(row: Row): row is Extract<Row, SealedBox> {
  return 'iv' in row && 'data' in row;
}

/** A sealed row that does not open with the journal's key: changed outside Forkcast, or damaged. It is left as it is. */
export class DamagedRowError extends Error {
  override name = 'DamagedRowError';
  constructor(
    readonly kind: 'entry' | 'activity' | 'review' | 'decision',
    /** The day (an entry), the week (a review) or the row id (an activity, the decision plan). */
    readonly id: string,
  ) {
    super(
      kind === 'entry'
        ? `The day ${id} could not be decrypted: it was changed or damaged outside Forkcast, so it is left as it is.`
        : kind === 'review'
          ? `The review of ${id} could not be decrypted: it was changed or damaged outside Forkcast, so it is left as it is.`
          : kind === 'activity'
            ? 'One of your own activities could not be decrypted: it was changed or damaged outside Forkcast, so it is left as it is.'
            : 'Your decision (its date and record) could not be decrypted: it was changed or damaged outside Forkcast, so it is left as it is.',
    );
  }
}

/** A sealed row was read while no key is held. */
export class JournalLockedError extends Error {
  override name = 'JournalLockedError';
  constructor() {
    super('The journal is locked. Unlock it to continue; nothing was changed.');
  }
}

export async function sealEntry(key: CryptoKey, entry: Entry): Promise<SealedEntryRow> {
  return { date: entry.date, ...(await sealJson(key, entry, LABELS.entry(entry.date))) };
}

export async function sealReview(key: CryptoKey, review: Review): Promise<SealedReviewRow> {
  return { week: review.week, ...(await sealJson(key, review, LABELS.review(review.week))) };
}

/** Seals an activity under `rowId`: its existing row's id, or a new random one. */
export async function sealActivity(key: CryptoKey, activity: CustomActivity, rowId = newActivityRowId()) {
  const row: SealedActivityRow = { id: rowId, ...(await sealJson(key, activity, LABELS.customActivity(rowId))) };
  return row;
}

/** Seals the decision plan under its fixed key. */
export async function sealDecision(key: CryptoKey, id: string, plan: DecisionPlan): Promise<SealedDecisionRow> {
  return { id, ...(await sealJson(key, plan, LABELS.decision(id))) };
}

/** A row id that says nothing about the activity: `sealed-` and 32 random hex digits. */
export function newActivityRowId(): string {
  return `sealed-${[...randomBytes(16)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Opens rows with one data key. What it opened is remembered by row and
 * nonce, so reading an unchanged row again (every live query re-reads)
 * costs no decryption; `forget` drops it all when the journal locks.
 */
export class RowOpener {
  private readonly entries = new Map<string, { iv: Bytes; entry: Entry }>();

  constructor(readonly key: CryptoKey) {}

  async entry(row: EntryRow): Promise<Entry> {
    if (!isSealed(row)) return row;
    const known = this.entries.get(row.date);
    if (known && sameBytes(known.iv, row.iv)) return known.entry;
    const entry = await this.open(row, LABELS.entry(row.date), () => new DamagedRowError('entry', row.date));
    this.entries.set(row.date, { iv: row.iv, entry: entry as Entry });
    return entry as Entry;
  }

  async activity(row: CustomActivityRow): Promise<CustomActivity> {
    if (!isSealed(row)) return row;
    return (await this.open(
      row,
      LABELS.customActivity(row.id),
      () => new DamagedRowError('activity', row.id),
    )) as CustomActivity;
  }

  /**
   * Reviews came with schema version 4, so every sealed review already has
   * every field; a field added later gets its default here, since upgrades
   * run without the key.
   */
  async review(row: ReviewRow): Promise<Review> {
    if (!isSealed(row)) return row;
    return (await this.open(row, LABELS.review(row.week), () => new DamagedRowError('review', row.week))) as Review;
  }

  async decision(row: DecisionRow): Promise<DecisionPlan> {
    if (!isSealed(row)) return planOf(row);
    return planOf(
      (await this.open(row, LABELS.decision(row.id), () => new DamagedRowError('decision', row.id))) as DecisionPlan,
    );
  }

  forget(): void {
    this.entries.clear();
  }

  private async open(box: SealedBox, label: string, damaged: () => DamagedRowError): Promise<unknown> {
    try {
      return await openJson(this.key, box, label);
    } catch (error) {
      throw error instanceof SealBrokenError ? damaged() : error;
    }
  }
}

/** The plan without its row key. New fields get their defaults here too: upgrades cannot reach inside sealed rows. */
export function planOf(
  row: Omit<DecisionPlan, 'record' | 'experiments'> & Partial<Pick<DecisionPlan, 'record' | 'experiments'>>,
): DecisionPlan {
  return {
    decisionDate: row.decisionDate,
    record: row.record ?? null,
    // Experiments came with schema v6: a plan sealed before it has none.
    experiments: row.experiments ?? [],
    updatedAt: row.updatedAt,
  };
}

/**
 * Opens many rows with `opener` (null: the journal has no key here), leaving
 * out those that do not decrypt, for readers that show what they can (the
 * trends worker). A sealed row with no opener means the journal is locked.
 */
export async function openReadable<Row extends object, Value>(
  rows: readonly Row[],
  open: ((row: Row) => Promise<Value>) | null,
): Promise<Value[]> {
  const opened = await Promise.all(
    rows.map(async (row) => {
      if (!isSealed(row)) return row as unknown as Value;
      if (!open) throw new JournalLockedError();
      return open(row).catch((error: unknown) => (error instanceof DamagedRowError ? null : Promise.reject(error)));
    }),
  );
  return opened.filter((value): value is Awaited<Value> => value !== null);
}
