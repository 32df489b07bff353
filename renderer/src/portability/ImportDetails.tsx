import { formatDate, type ImportPreview } from '../../../shared';
import { plural } from './failureMessage';

/** Long lists are cut here; the counts above them stay exact. */
const LISTED = 50;

function More({ total }: { total: number }) {
  return total > LISTED ? <li className="muted">and {plural(total - LISTED, 'more')}</li> : null;
}

/** The files that cannot be imported, each with its reason, and what was left out of the rest. */
export function ImportProblems({ preview }: { preview: ImportPreview }) {
  const { problems, duplicates, warnings } = preview;
  if (problems.length + duplicates.length + warnings.length === 0) return null;
  return (
    <div className="import-problems">
      {problems.length + duplicates.length > 0 && (
        <>
          <h4>Files that will be skipped</h4>
          <ul>
            {duplicates.slice(0, LISTED).map((day) => (
              <li key={day.date}>
                {day.date} is in {plural(day.files.length, 'file')} ({day.files.join(', ')}), so none of them is taken.
              </li>
            ))}
            {problems.slice(0, LISTED).map((problem) => (
              <li key={problem.name}>
                <strong>{problem.name}</strong> {problem.reason}.
              </li>
            ))}
            <More total={problems.length} />
          </ul>
          <p className="muted">Fix these files and import again to add their days.</p>
        </>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>{plural(warnings.length, 'note')} on files that will be imported</summary>
          <ul>
            {warnings.slice(0, LISTED).map((warning, index) => (
              <li key={index}>
                <strong>{warning.name}</strong>: {warning.message}.
              </li>
            ))}
            <More total={warnings.length} />
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * Days whose summary properties were edited in another app (Obsidian's
 * Properties panel, say): shown open, as these edits are not taken.
 */
export function ImportFlatEdits({ preview }: { preview: ImportPreview }) {
  const { flatEdits } = preview;
  if (flatEdits.length === 0) return null;
  return (
    <div className="import-problems">
      <h4>Edited properties that are not taken</h4>
      <p className="muted">
        feelManagement, feelArchitecture and activityNames only sum up a day’s activities list, which is what Forkcast
        reads. To change a feel or an activity, change it in the activities list or in Forkcast; the next export writes
        these properties again from it.
      </p>
      <ul>
        {flatEdits.slice(0, LISTED).map((day) => (
          <li key={day.date}>
            <strong>{formatDate(day.date, 'shortWeekdayDate')}</strong> ({day.file}): {day.edits.join('; ')}.
          </li>
        ))}
        <More total={flatEdits.length} />
      </ul>
    </div>
  );
}

/** The new and updated days, folded away. */
export function ImportDays({ preview }: { preview: ImportPreview }) {
  const { newDays, changedDays } = preview;
  return (
    <>
      {changedDays.length > 0 && (
        <details>
          <summary>{plural(changedDays.length, 'day')} edited in the files, to be updated</summary>
          <ul>
            {changedDays.slice(0, LISTED).map((day) => (
              <li key={day.date}>
                {formatDate(day.date, 'shortWeekdayDate')}: {day.differences.join(', ')}
              </li>
            ))}
            <More total={changedDays.length} />
          </ul>
        </details>
      )}
      {newDays.length > 0 && (
        <details>
          <summary>{plural(newDays.length, 'new day')}</summary>
          <ul className="import-dates">
            {newDays.slice(0, LISTED).map((day) => (
              <li key={day.date}>{formatDate(day.date, 'shortWeekdayDate')}</li>
            ))}
            <More total={newDays.length} />
          </ul>
        </details>
      )}
    </>
  );
}
