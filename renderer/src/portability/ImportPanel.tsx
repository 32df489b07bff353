import { ImportPreview } from './ImportPreview';
import { useMarkdownImport } from './useMarkdownImport';

/** Import markdown: read, preview with per-day choices, then apply all or nothing. */
export function ImportPanel() {
  const { state, choices, start, cancel, choose, chooseAll, apply, discard } = useMarkdownImport();
  const busy = state.status === 'reading' || state.status === 'applying';
  return (
    <div className="data-block">
      <h3>Import markdown</h3>
      <p className="muted">
        Bring days back from files in the export format, including ones you edited by hand. You see what would change
        before anything is written.
      </p>
      {state.status !== 'preview' && (
        <button type="button" disabled={busy} onClick={() => void start()}>
          Import markdown…
        </button>
      )}
      {busy && (
        <div className="row">
          <p role="status">
            <progress /> {state.status === 'reading' ? 'Reading the files…' : 'Importing…'}
          </p>
          {state.status === 'reading' && (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          )}
        </div>
      )}
      {state.status === 'preview' && (
        <ImportPreview
          source={state.source}
          preview={state.preview}
          choices={choices}
          onChoose={choose}
          onChooseAll={chooseAll}
          onApply={() => void apply()}
          onCancel={discard}
        />
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
