import { useState } from 'react';
import { isLocalDate, shiftDate, toLocalDate } from '../../../shared';
import { useLockView } from '../lock/useLock';
import { useAppInfo } from '../hooks/useAppInfo';
import { ExportConflicts } from './ExportConflicts';
import { useMarkdownExport, type ExportState } from './useMarkdownExport';
import { plural } from './failureMessage';

/** A determinate bar once main reports counts, with Cancel once the export is under way. */
function ExportProgressRow({
  state,
  onCancel,
}: {
  state: Extract<ExportState, { status: 'working' }>;
  onCancel: () => void;
}) {
  const { days, progress, cancelling } = state;
  const text = progress
    ? `Exporting ${progress.done.toLocaleString('en')} of ${plural(progress.total, 'file')}…`
    : days === null
      ? 'Gathering your days…'
      : `Exporting ${plural(days, 'day')}…`;
  return (
    <div className="row">
      <p role="status">
        <progress aria-label="Export progress" value={progress?.done} max={progress?.total} /> {text}
      </p>
      {days !== null && (
        <button type="button" disabled={cancelling} onClick={onCancel}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      )}
    </div>
  );
}

/** Past this many, the files not written are counted rather than listed. */
const LISTED = 50;

/** An export that stopped part-way: why, and which files still hold what they held. */
function StoppedExport({ message, notWritten }: { message: string; notWritten: readonly string[] }) {
  return (
    <div role="alert" className="error-text">
      <p>{message}</p>
      <details>
        <summary>{plural(notWritten.length, 'file')} not written</summary>
        <ul className="import-dates">
          {notWritten.slice(0, LISTED).map((path) => (
            <li key={path}>{path}</li>
          ))}
          {notWritten.length > LISTED && <li>and {plural(notWritten.length - LISTED, 'more')}</li>}
        </ul>
      </details>
    </div>
  );
}

/** Markdown export of everything or a date range. */
export function ExportPanel() {
  const { state, run, cancel } = useMarkdownExport();
  const inBrowser = useAppInfo()?.mode === 'browser';
  const [scope, setScope] = useState<'all' | 'range'>('all');
  const [to, setTo] = useState(() => toLocalDate(new Date()));
  const [from, setFrom] = useState(() => shiftDate(toLocalDate(new Date()), -30));
  const rangeProblem =
    scope !== 'range'
      ? null
      : !isLocalDate(from) || !isLocalDate(to)
        ? 'Pick both dates.'
        : from > to
          ? 'The first date comes after the last.'
          : null;
  const working = state.status === 'working';
  const locked = useLockView().status === 'unlocked';
  return (
    <div className="data-block">
      <h3>Markdown export</h3>
      <p className="muted">
        One file per day (YYYY/YYYY-MM-DD.md) plus an index, readable in Obsidian or any editor.{' '}
        {inBrowser
          ? 'In this browser the export downloads as one zip, so nothing already on your disk is replaced.'
          : 'Exporting again into the same folder rewrites only the days that changed and deletes nothing. A file Forkcast did not write, or that changed since it did, is left alone until you choose what happens to it.'}
      </p>
      {locked && (
        <p className="lock-warning">
          Exported files are plain text, not encrypted: anyone who can open the folder you pick can read them. Keep them
          somewhere as private as your journal, or save an encrypted backup instead.
        </p>
      )}
      <fieldset className="export-scope">
        <legend>Which days</legend>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All
        </label>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'range'} onChange={() => setScope('range')} /> From
        </label>{' '}
        <input
          type="date"
          aria-label="First day"
          value={from}
          disabled={scope !== 'range'}
          onChange={(event) => setFrom(event.target.value)}
        />{' '}
        to{' '}
        <input
          type="date"
          aria-label="Last day"
          value={to}
          disabled={scope !== 'range'}
          onChange={(event) => setTo(event.target.value)}
        />
      </fieldset>
      {rangeProblem && <p className="error-text">{rangeProblem}</p>}
      <button
        type="button"
        className="primary"
        disabled={working || rangeProblem !== null}
        onClick={() => void run(scope === 'range' ? { from, to } : null)}
      >
        Export as markdown…
      </button>
      {state.status === 'working' && <ExportProgressRow state={state} onCancel={() => void cancel()} />}
      {state.status === 'done' && (
        <>
          <p role="status">{state.message}</p>
          {state.warnings.map((warning) => (
            <p key={warning} className="muted">
              {warning}
            </p>
          ))}
          {state.session && <ExportConflicts key={state.session} session={state.session} conflicts={state.conflicts} />}
        </>
      )}
      {state.status === 'stopped' && <StoppedExport message={state.message} notWritten={state.notWritten} />}
      {state.status === 'failed' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </div>
  );
}
