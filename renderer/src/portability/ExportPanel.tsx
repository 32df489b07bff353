import { useState } from 'react';
import { isLocalDate, shiftDate, toLocalDate } from '../../../shared';
import { useMarkdownExport } from './useMarkdownExport';
import { plural } from './failureMessage';

/** Markdown export of everything or a date range. */
export function ExportPanel() {
  const { state, run } = useMarkdownExport();
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
  return (
    <div className="data-block">
      <h3>Markdown export</h3>
      <p className="muted">
        One file per day (YYYY/YYYY-MM-DD.md) plus an index, readable in Obsidian or any editor. Exporting again into
        the same folder rewrites only the days that changed and deletes nothing.
      </p>
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
      {working && (
        <p role="status">
          <progress /> {state.days === null ? 'Gathering your days…' : `Exporting ${plural(state.days, 'day')}…`}
        </p>
      )}
      {state.status === 'done' && <p role="status">{state.message}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </div>
  );
}
