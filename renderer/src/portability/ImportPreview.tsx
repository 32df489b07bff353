import { useId } from 'react';
import {
  formatDate,
  type ConflictChoice,
  type DecisionImport,
  type ImportPreview as Preview,
  type LocalDate,
} from '../../../shared';
import { plural } from './failureMessage';
import { ImportConflicts } from './ImportConflicts';
import { ImportDays, ImportProblems } from './ImportDetails';

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
}: Props) {
  // Unique, as the export's conflicts can show a preview of their own beside the import's.
  const headingId = useId();
  const { newDays, changedDays, conflicts, unchanged, problems, duplicates } = preview;
  const taking = conflicts.filter((day) => choices.get(day.date) === 'theirs').length;
  const toWrite = newDays.length + changedDays.length + taking;
  const takesDecision = preview.decision?.action === 'take';
  const skipped = problems.length + duplicates.length;
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
      <ImportDays preview={preview} />
      <ImportProblems preview={preview} />
      <div className="row">
        <button type="button" className="primary" disabled={toWrite === 0 && !takesDecision} onClick={onApply}>
          {toWrite === 0 && !takesDecision
            ? 'Nothing to import'
            : toWrite === 0
              ? 'Import the decision date'
              : `Import ${plural(toWrite, 'day')}${takesDecision ? ' and the decision date' : ''}`}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

const planDate = (plan: DecisionImport['theirs'] | null) =>
  plan?.decisionDate ? formatDate(plan.decisionDate, 'date') : 'no date';

/** What the import does with the decision date in its decision.md. */
function decisionLine({ action, theirs, mine }: DecisionImport): string {
  if (action === 'same') return 'The decision date is already the same';
  if (action === 'keep') {
    return `The decision date in the files (${planDate(theirs)}) is older than yours (${planDate(mine)}), which stays`;
  }
  return mine
    ? `The decision date becomes ${planDate(theirs)} (yours, ${planDate(mine)}, was set earlier)`
    : `The decision date, ${planDate(theirs)}, is added`;
}
