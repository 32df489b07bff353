import { describeIssues, reviewSchema, type Review, type WeekId } from '../../../shared';
import { db } from './database';
import { ValidationError } from './errors';
import { noteJournalChange } from './journalChanges';
import { trackWrite } from './journalKey';
import { checkWriteMode, openReview, openReviews, reviewRow, sameRow, writeMode } from './journalRows';

/**
 * The weekly reviews: one per ISO week, written like a day (sealed when the
 * journal is locked, a revision that lets two windows notice each other).
 */

export type ReviewSaveResult =
  | { status: 'saved'; review: Review }
  /** Another window saved this week's review since it was loaded. */
  | { status: 'conflict'; current: Review };

/** Parses a review with the shared schema; throws a ValidationError a user can read. */
export function validateReview(candidate: unknown): Review {
  const parsed = reviewSchema.safeParse(candidate);
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  return parsed.data;
}

/** One week's review, or undefined. One that does not decrypt throws a DamagedRowError naming it. */
export async function getReview(week: WeekId): Promise<Review | undefined> {
  const row = await db.reviews.get(week);
  return row && openReview(row);
}

/** Every review, oldest week first; a damaged one is named and left out. */
export async function listReviews(): Promise<Review[]> {
  return openReviews(await db.reviews.toArray());
}

const WRITE_ATTEMPTS = 5;

/**
 * Saves one week's answer. `baseRevision` is the revision the editor began
 * from (null for a review it believed unwritten); a different stored revision
 * means another window saved meanwhile, and nothing is written.
 */
export async function saveReview(
  draft: Pick<Review, 'week' | 'question' | 'answer'>,
  baseRevision: number | null,
  now = new Date(),
): Promise<ReviewSaveResult> {
  const mode = writeMode();
  const stamp = now.toISOString();
  const checked = validateReview({ ...draft, createdAt: stamp, updatedAt: stamp, revision: 1 });
  return trackWrite(
    (async () => {
      for (let attempt = 1; ; attempt += 1) {
        const before = await db.reviews.get(checked.week);
        const current = before && (await openReview(before, mode.state));
        if (current && current.revision !== baseRevision) return { status: 'conflict', current } as const;
        const saved: Review = {
          ...checked,
          createdAt: current?.createdAt ?? stamp,
          revision: (current?.revision ?? 0) + 1,
        };
        const row = await reviewRow(saved, mode);
        const written = await db.transaction('rw', db.reviews, db.keyring, async () => {
          await checkWriteMode(mode);
          if (!sameRow(await db.reviews.get(checked.week), before)) return false;
          await db.reviews.put(row);
          return true;
        });
        if (written) {
          noteJournalChange({ days: new Map(), reviews: [saved] });
          return { status: 'saved', review: saved } as const;
        }
        if (attempt === WRITE_ATTEMPTS) {
          throw new ValidationError('This review keeps changing in another window; try again.');
        }
      }
    })(),
  );
}
