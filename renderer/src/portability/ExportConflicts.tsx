import { useId } from 'react';
import type { ExportConflict } from '../../../shared';
import { plural } from './failureMessage';
import { ImportPreview } from './ImportPreview';
import { useExportConflicts, type ConflictAction } from './useExportConflicts';

/** Past this many, files follow the "all" buttons instead of being listed one by one. */
const LISTED = 100;

const REASONS: Record<ExportConflict['reason'], string> = {
  edited: 'changed since Forkcast wrote it',
  unknown: 'not written by Forkcast, or written before it kept a record',
};

const ACTIONS: { action: ConflictAction; label: string }[] = [
  { action: 'leave', label: 'Leave it' },
  { action: 'theirs', label: 'Take their change' },
  { action: 'mine', label: 'Overwrite with mine' },
];

/** The files an export left alone, each with leave / take their change / overwrite with mine. */
export function ExportConflicts({
  session,
  conflicts: initial,
}: {
  session: string;
  conflicts: readonly ExportConflict[];
}) {
  const { conflicts, choices, choose, chooseAll, apply, busy, message, importer } = useExportConflicts(
    session,
    initial,
  );
  const { state } = importer;
  // The export's list and the live folder's can both be on the Settings page.
  const headingId = useId();
  const chosen = [...choices.values()].filter((action) => action !== 'leave').length;
  const hidden = conflicts.length - LISTED;
  const importing = state.status === 'reading' || state.status === 'preview' || state.status === 'applying';
  return (
    <section className="import-conflicts export-conflicts" aria-labelledby={headingId}>
      <h4 id={headingId}>Files left alone</h4>
      {conflicts.length === 0 ? (
        <p className="muted">Every file in the folder is now settled.</p>
      ) : (
        <>
          <p className="muted">
            {plural(conflicts.length, 'file')} in the folder {conflicts.length === 1 ? 'was' : 'were'} not replaced,
            because Forkcast may only replace what it wrote and nobody changed since. Take their change into your
            journal, or overwrite the file with your journal’s version. Unless you choose, a file stays as it is.
          </p>
          <div className="row">
            <button type="button" disabled={busy || importing} onClick={() => chooseAll('theirs')}>
              Take all their changes
            </button>
            <button type="button" disabled={busy || importing} onClick={() => chooseAll('mine')}>
              Overwrite all with mine
            </button>
          </div>
          {conflicts.slice(0, LISTED).map((conflict) => {
            const current = choices.get(conflict.path) ?? 'leave';
            return (
              <fieldset key={conflict.path} className="import-conflict" disabled={busy || importing}>
                <legend>
                  {conflict.path}: {REASONS[conflict.reason]}
                </legend>
                {ACTIONS.filter(({ action }) => action !== 'theirs' || conflict.date !== null).map(
                  ({ action, label }) => (
                    <label key={action}>
                      <input
                        type="radio"
                        name={`export-conflict-${conflict.path}`}
                        checked={current === action}
                        onChange={() => choose(conflict.path, action)}
                      />{' '}
                      {label}{' '}
                    </label>
                  ),
                )}
              </fieldset>
            );
          })}
          {hidden > 0 && (
            <p className="muted">
              {plural(hidden, 'more file')} {hidden === 1 ? 'follows' : 'follow'} the “all” buttons above.
            </p>
          )}
          <button
            type="button"
            className="primary"
            disabled={busy || importing || chosen === 0}
            onClick={() => void apply()}
          >
            {busy ? 'Working…' : 'Apply these choices'}
          </button>
        </>
      )}
      {message && <p role="status">{message}</p>}
      {state.status === 'reading' && (
        <p role="status">
          <progress /> Reading their files…
        </p>
      )}
      {state.status === 'preview' && (
        <ImportPreview
          source={state.source}
          preview={state.preview}
          choices={importer.choices}
          onChoose={importer.choose}
          onChooseAll={importer.chooseAll}
          onApply={() => void importer.apply()}
          onCancel={importer.discard}
        />
      )}
      {state.status === 'done' && <p role="status">{state.message}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </section>
  );
}
