import type { Review } from '../review/reviewSchemas';
import type { DayFileResult } from './dayFile';
import type { ConflictChoice, ImportPreview, ImportWrite } from './importPlan';
import { checkReviewFile } from './reviewFile';

/** A weekly review read from a file. */
export interface ImportedReview {
  week: string;
  file: string;
  theirs: Review;
}

/** A week whose review the file and the journal both hold, with different text. */
export interface DifferingReview extends ImportedReview {
  mine: Review;
}

/** What an import would do with weekly reviews, by the same rules as days. */
export interface ReviewsPreview {
  newReviews: ImportedReview[];
  /** The journal's review is as it was exported; only the file changed, so the file is taken. */
  changedReviews: DifferingReview[];
  /** Both changed, or the file came from elsewhere: the user chooses, as for days. */
  reviewConflicts: DifferingReview[];
  unchangedReviews: ImportedReview[];
}

const sameReview = (a: Review, b: Review) => a.question === b.question && a.answer === b.answer;

/** Reads the review files among `results` into the preview: the rules for days, applied to weeks. */
export function planReviews(
  results: readonly DayFileResult[],
  current: readonly Review[],
  now: Date,
  preview: Pick<ImportPreview, 'problems' | 'warnings' | 'duplicates' | 'reviews'>,
): void {
  const found = new Map<string, ImportedReview[]>();
  for (const result of results) {
    if (result.status !== 'review') continue;
    const read = checkReviewFile(result.name, result.front, now);
    if (read.status === 'failed') {
      preview.problems.push({ name: read.name, reason: read.reason });
      continue;
    }
    preview.warnings.push(...read.warnings.map((message) => ({ name: read.name, message })));
    const { week } = read.review;
    found.set(week, [...(found.get(week) ?? []), { week, file: read.name, theirs: read.review }]);
  }
  const mine = new Map(current.map((review) => [review.week, review]));
  const plan = preview.reviews;
  for (const [week, [review, ...others]] of found) {
    if (!review) continue;
    if (others.length > 0) {
      preview.duplicates.push({ date: week, files: [review, ...others].map((item) => item.file).sort() });
      continue;
    }
    const stored = mine.get(week);
    if (!stored) plan.newReviews.push(review);
    else if (sameReview(stored, review.theirs)) plan.unchangedReviews.push(review);
    else if (stored.revision === review.theirs.revision && stored.updatedAt === review.theirs.updatedAt) {
      plan.changedReviews.push({ ...review, mine: stored });
    } else plan.reviewConflicts.push({ ...review, mine: stored });
  }
  const byWeek = (a: ImportedReview, b: ImportedReview) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0);
  for (const list of Object.values(plan)) list.sort(byWeek);
}

/** The reviews an import with these choices writes, each with the revision the preview saw. */
export function resolveReviews(
  plan: ReviewsPreview,
  choices: ReadonlyMap<string, ConflictChoice>,
  stamp: string,
): Required<Pick<ImportWrite, 'reviews' | 'expectedReviews'>> {
  const taken = [...plan.changedReviews, ...plan.reviewConflicts.filter((item) => choices.get(item.week) === 'theirs')];
  const replace = ({ theirs, mine }: DifferingReview): Review => ({
    ...theirs,
    createdAt: mine.createdAt,
    updatedAt: stamp,
    revision: mine.revision + 1,
  });
  return {
    reviews: [...plan.newReviews.map((item) => item.theirs), ...taken.map(replace)],
    expectedReviews: [
      ...plan.newReviews.map((item) => ({ week: item.week, revision: null })),
      ...taken.map((item) => ({ week: item.week, revision: item.mine.revision })),
    ],
  };
}
