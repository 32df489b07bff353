import { useId } from 'react';
import {
  DECISION_CHOICE,
  formatDate,
  formatTimestamp,
  takesDecision as takes,
  type ConflictChoice,
  type DecisionImport,
  type ImportPreview as Preview,
  type LocalDate,
} from '../../../shared';
import { ConflictChoiceField } from './ConflictChoiceField';
import { plural } from './failureMessage';
import { ImportConflicts } from './ImportConflicts';
import { ImportDays, ImportFlatEdits, ImportProblems } from './ImportDetails';
import { ImportReviews } from './ImportReviews';

interface Props {
  source: string;
  preview: Preview;
  choices: ReadonlyMap<LocalDate, ConflictChoice>;
  onChoose: (date: LocalDate, choice: ConflictChoice) => void;
  onChooseAll: (choice: ConflictChoice) => void;
  onApply: () => void;
  onCancel: () => void;
  /** An import from another app: it adds to days already in the journal, and has no files edited since an export. */
  adds?: boolean;
  /**
   * The live folder's changes: applying with nothing to take leaves the
   * files as they are, so they are not offered again until they change.
   */
  leaves?: boolean;
}

/** What an import would change, shown before anything is written. */
export function ImportPreview({
  source,
  preview,
  choices,
  onChoose,
  onChooseAll,
  onApply,
  onCancel,
  adds = false,
  leaves = false,
}: Props) {
  // Unique, as the export's conflicts can show a preview of their own beside the import's.
  const headingId = useId();
  const { newDays, changedDays, conflicts, unchanged, problems, duplicates } = preview;
  const taking = conflicts.filter((day) => choices.get(day.date) === 'theirs').length;
  const toWrite = newDays.length + changedDays.length + taking;
  const takesDecision = takes(preview.decision, choices);
  const { newReviews, changedReviews, reviewConflicts } = preview.reviews;
  const reviewsToWrite =
    newReviews.length +
    changedReviews.length +
    reviewConflicts.filter((review) => choices.get(review.week) === 'theirs').length;
  const taken = [
    toWrite > 0 && plural(toWrite, 'day'),
    reviewsToWrite > 0 && plural(reviewsToWrite, 'weekly review'),
    takesDecision && 'the decision plan',
  ].filter((part): part is string => typeof part === 'string');
  // "3 days, 1 weekly review and the decision plan"
  const importLabel = taken.length > 1 ? `${taken.slice(0, -1).join(', ')} and ${taken.at(-1)}` : (taken[0] ?? '');
  const skipped = problems.length + duplicates.length;
  const leaving = leaves && importLabel === '' && preview.flatEdits.length === 0;
  return (
    <section className="import-preview" aria-labelledby={headingId}>
      <h4 id={headingId}>Before importing</h4>
      <p className="muted">Read from {source}. Nothing has been written yet.</p>
      <ul className="import-counts">
        <li>{plural(newDays.length, 'new day')}</li>
        {!adds && <li>{plural(changedDays.length, 'day')} edited in the files since the export, to be updated</li>}
        <li>
          {plural(conflicts.length, 'day')} {conflicts.length === 1 ? 'differs' : 'differ'} from your journal
        </li>
        <li>{plural(unchanged.length, 'day')} already the same</li>
        <li>{plural(skipped, 'file problem', 'file problems')}</li>
        {preview.decision && <li>{decisionLine(preview.decision)}</li>}
      </ul>
      {conflicts.length > 0 && (
        <ImportConflicts
          conflicts={conflicts}
          choices={choices}
          onChoose={onChoose}
          onChooseAll={onChooseAll}
          adds={adds}
        />
      )}
      <ImportReviews reviews={preview.reviews} choices={choices} onChoose={onChoose} />
      {preview.decision?.action === 'choose' && preview.decision.mine && (
        <ConflictChoiceField
          name="decision-conflict"
          legend="The decision plan: differs from your journal"
          note={`Yours (${planWords(preview.decision.mine)}) was saved ${formatTimestamp(preview.decision.mine.updatedAt, 'dateTime')}; the copy (${preview.decision.file}: ${planWords(preview.decision.theirs)}) was saved ${formatTimestamp(preview.decision.theirs.updatedAt, 'dateTime')}.`}
          choice={choices.get(DECISION_CHOICE) ?? 'mine'}
          take="Take theirs"
          onChoose={(choice) => onChoose(DECISION_CHOICE, choice)}
        />
      )}
      <ImportFlatEdits preview={preview} />
      <ImportDays preview={preview} />
      <ImportProblems preview={preview} />
      {leaving && (
        <p className="muted">
          Nothing here is taken into your journal. Leaving the files as they are writes nothing over them, and they are
          not offered again until they change; until then, a save of one of their days or weeks asks before replacing
          its file.
        </p>
      )}
      <div className="row">
        {/* With only edited properties to learn of, applying takes nothing and marks the files as read. */}
        <button
          type="button"
          className="primary"
          disabled={importLabel === '' && preview.flatEdits.length === 0 && !leaving}
          onClick={onApply}
        >
          {importLabel !== ''
            ? `Import ${importLabel}`
            : preview.flatEdits.length > 0
              ? 'Keep the days as their activities say'
              : leaving
                ? 'Leave the files as they are'
                : 'Nothing to import'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** A plan in a few words: 'conversation on 5 Jan 2027, 2 experiments, decided on 20 Nov 2026'. */
function planWords(plan: DecisionImport['theirs'] | null): string {
  if (!plan) return 'none';
  const parts = [plan.decisionDate ? `conversation on ${formatDate(plan.decisionDate, 'date')}` : 'no date'];
  if (plan.experiments.length > 0) parts.push(plural(plan.experiments.length, 'experiment'));
  if (plan.record) parts.push(`decided on ${formatDate(plan.record.decidedOn, 'date')}`);
  return parts.join(', ');
}

/** What the import does with the decision plan (date, experiments, decision) in its decision.md. */
function decisionLine({ action, theirs, mine, file }: DecisionImport): string {
  if (action === 'same') return 'The decision plan is already the same';
  if (action === 'choose')
    return `The decision plan in a sync tool’s conflict copy (${file}) differs from yours: choose below`;
  if (action === 'keep') {
    return `The decision plan in the files (${planWords(theirs)}) was saved before yours (${planWords(mine)}), which stays`;
  }
  if (!mine) return `The decision plan in the files (${planWords(theirs)}) is added`;
  if (mine.updatedAt === theirs.updatedAt) {
    return `The decision plan becomes the one in the files (${planWords(theirs)}), as edited in the file; yours was ${planWords(mine)}`;
  }
  return `The decision plan becomes the one in the files (${planWords(theirs)}); yours (${planWords(mine)}) was saved earlier`;
}
