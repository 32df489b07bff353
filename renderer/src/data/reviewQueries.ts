import {
  shiftWeek,
  summariseWeek,
  weekDates,
  weekOf,
  type LocalDate,
  type Review,
  type WeekId,
  type WeekSummary,
} from '../../../shared';
import { listCustomActivities } from './customActivitiesRepository';
import { db } from './database';
import { listEntriesBetween } from './entriesRepository';
import { openReviews } from './journalRows';

/** The summary of one week: only that week's days are read and opened. */
export async function readWeekSummary(week: WeekId): Promise<WeekSummary> {
  const { from, to } = weekDates(week);
  const [entries, custom] = await Promise.all([listEntriesBetween(from, to), listCustomActivities()]);
  return summariseWeek(entries, week, custom);
}

/** A week the Reviews list shows: one with days stored, a review, or the current week. */
export interface ReviewWeek {
  week: WeekId;
  /** Days stored in the week. */
  days: number;
  review: Review | null;
}

/**
 * Every week from the journal's first to the current one that has days or a
 * review, newest first. Dates come from the key index alone, so no day is
 * opened; only the reviews are.
 */
export async function readReviewWeeks(today: LocalDate): Promise<ReviewWeek[]> {
  const [dates, reviewRows] = await db.transaction('r', db.entries, db.reviews, () =>
    Promise.all([db.entries.toCollection().primaryKeys(), db.reviews.toArray()]),
  );
  const current = weekOf(today);
  const weeks = new Map<WeekId, ReviewWeek>([[current, { week: current, days: 0, review: null }]]);
  const at = (week: WeekId) => {
    let found = weeks.get(week);
    if (!found) {
      found = { week, days: 0, review: null };
      weeks.set(week, found);
    }
    return found;
  };
  for (const date of dates) if (date <= today) at(weekOf(date)).days += 1;
  for (const review of await openReviews(reviewRows)) if (review.week <= current) at(review.week).review = review;
  return [...weeks.values()].sort((a, b) => (a.week < b.week ? 1 : a.week > b.week ? -1 : 0));
}

/**
 * Last week, when its review is not written although some of its days are:
 * offered once on Today, like a missed day. Null otherwise.
 */
export async function readMissedReview(today: LocalDate): Promise<WeekId | null> {
  const last = shiftWeek(weekOf(today), -1);
  const { from, to } = weekDates(last);
  const [days, review] = await Promise.all([
    db.entries.where('date').between(from, to, true, true).count(),
    db.reviews.get(last),
  ]);
  return days > 0 && review === undefined ? last : null;
}
