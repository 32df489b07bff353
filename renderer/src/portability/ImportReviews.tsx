import { formatTimestamp, type ConflictChoice, type ReviewsPreview } from '../../../shared';
import { ConflictChoiceField } from './ConflictChoiceField';
import { plural } from './failureMessage';

interface Props {
  reviews: ReviewsPreview;
  choices: ReadonlyMap<string, ConflictChoice>;
  onChoose: (week: string, choice: ConflictChoice) => void;
}

/** The weekly reviews an import holds, and for each that differs from the journal's, keep mine or take theirs. */
export function ImportReviews({ reviews, choices, onChoose }: Props) {
  const { newReviews, changedReviews, reviewConflicts, unchangedReviews } = reviews;
  const total = newReviews.length + changedReviews.length + reviewConflicts.length + unchangedReviews.length;
  if (total === 0) return null;
  return (
    <div className="import-reviews">
      <p>
        {plural(total, 'weekly review')}: {newReviews.length} new, {changedReviews.length} edited in the files since the
        export, {reviewConflicts.length} {reviewConflicts.length === 1 ? 'differs' : 'differ'} from your journal,{' '}
        {unchangedReviews.length} already the same.
      </p>
      {reviewConflicts.map((review) => (
        <ConflictChoiceField
          key={review.week}
          name={`review-conflict-${review.week}`}
          legend={`Review of ${review.week}: differs from your journal`}
          note={`Yours was saved ${formatTimestamp(review.mine.updatedAt, 'dateTime')}; the file (${review.file}) was saved ${formatTimestamp(review.theirs.updatedAt, 'dateTime')}.`}
          choice={choices.get(review.week) ?? 'mine'}
          take="Take theirs"
          onChoose={(choice) => onChoose(review.week, choice)}
        />
      ))}
    </div>
  );
}
