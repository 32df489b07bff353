import { formatDate, formatTimestamp, type ConflictChoice, type DifferingDay, type LocalDate } from '../../../shared';
import { ConflictChoiceField } from './ConflictChoiceField';
import { plural } from './failureMessage';

/** Past this many, conflicts follow the "all" buttons instead of being listed one by one. */
const LISTED = 100;

interface Props {
  conflicts: readonly DifferingDay[];
  choices: ReadonlyMap<LocalDate, ConflictChoice>;
  onChoose: (date: LocalDate, choice: ConflictChoice) => void;
  onChooseAll: (choice: ConflictChoice) => void;
  /** The import adds to the journal's day rather than replacing it (an import from another app). */
  adds?: boolean;
}

const savedAt = (iso: string) => formatTimestamp(iso, 'dateTime');

/** Each day that differs from the journal, with a keep mine / take theirs choice. */
export function ImportConflicts({ conflicts, choices, onChoose, onChooseAll, adds = false }: Props) {
  const hidden = conflicts.length - LISTED;
  const take = adds ? 'Add theirs' : 'Take theirs';
  return (
    <div className="import-conflicts">
      <h4>Days that differ from your journal</h4>
      <p className="muted">
        {adds
          ? 'For each day, keep your journal’s day as it is or add the imported text, tags and activities to it. Unless you choose, yours is kept as it is.'
          : 'For each day, keep the version in your journal or take the one from the file. Unless you choose, yours is kept.'}
      </p>
      <div className="row">
        <button type="button" onClick={() => onChooseAll('mine')}>
          Keep all mine
        </button>
        <button type="button" onClick={() => onChooseAll('theirs')}>
          {adds ? 'Add all theirs' : 'Take all theirs'}
        </button>
      </div>
      {conflicts.slice(0, LISTED).map((day) => (
        <ConflictChoiceField
          key={day.date}
          name={`conflict-${day.date}`}
          legend={`${formatDate(day.date, 'shortWeekdayDate')}: differs in ${day.differences.join(', ')}`}
          note={
            adds
              ? `Yours was saved ${savedAt(day.mine.updatedAt)}; the import (${day.file}) has more for this day.`
              : `Yours was saved ${savedAt(day.mine.updatedAt)}; the file (${day.file}) was saved ${savedAt(day.theirs.updatedAt)}.`
          }
          choice={choices.get(day.date) ?? 'mine'}
          take={take}
          onChoose={(choice) => onChoose(day.date, choice)}
        />
      ))}
      {hidden > 0 && (
        <p className="muted">
          {plural(hidden, 'more day')} {hidden === 1 ? 'differs' : 'differ'};{' '}
          {hidden === 1 ? 'it follows' : 'they follow'} the “all” buttons above.
        </p>
      )}
    </div>
  );
}
