import { useLockView } from '../lock/useLock';
import { ExportConflicts } from './ExportConflicts';
import { FolderChanges } from './FolderChanges';
import { useLiveFolder } from './useLiveFolder';

/** Settings for the live folder: a folder chosen once that each save is written into. */
export function LiveFolderPanel() {
  const { state, choose, turnOff } = useLiveFolder();
  const locked = useLockView().status === 'unlocked';
  const conflictsKey =
    state.status === 'on' ? `${state.session}:${state.conflicts.map((c) => `${c.path}@${c.sha256}`).join('|')}` : '';
  return (
    // Focusable, so the nav bar's notice of changes in the folder can take the keyboard here.
    <div className="data-block" id="settings-live-folder" tabIndex={-1} aria-labelledby="live-folder-heading">
      <h3 id="live-folder-heading">Live folder</h3>
      <p className="muted">
        Keep your journal as markdown in a folder of your choice, updated a moment after each save: the same files as
        the export, for Obsidian, an editor, or your own Syncthing, Dropbox, iCloud or git. Forkcast only replaces a
        file it wrote that nobody changed since; any other file is left alone until you decide.
      </p>
      {state.status === 'loading' && <p role="status">Checking the live folder…</p>}
      {state.status === 'unavailable' && <p className="muted">{state.message}</p>}
      {(state.status === 'off' || state.status === 'on') && locked && (
        <p className="lock-warning">
          The folder’s files are plain text, not encrypted: anyone who can open that folder can read your journal.
        </p>
      )}
      {state.status === 'off' && (
        <>
          {state.message && <p role="status">{state.message}</p>}
          <button type="button" onClick={() => void choose()}>
            Choose a folder…
          </button>
        </>
      )}
      {state.status === 'on' && (
        <>
          <p>
            Writing into <strong>{state.folder}</strong>.
          </p>
          <p role="status">{state.writing ? 'Writing…' : (state.lastWrite ?? '')}</p>
          {state.problem && (
            <p role="alert" className="error-text">
              {state.problem}
            </p>
          )}
          {state.warnings.map((warning) => (
            <p key={warning} className="muted">
              {warning}
            </p>
          ))}
          <div className="row">
            <button type="button" onClick={() => void choose()}>
              Choose another folder…
            </button>
            <button type="button" onClick={() => void turnOff()}>
              Stop writing into this folder
            </button>
          </div>
          <FolderChanges changed={state.changed} />
          {state.session && state.conflicts.length > 0 && (
            <ExportConflicts key={conflictsKey} session={state.session} conflicts={state.conflicts} />
          )}
        </>
      )}
    </div>
  );
}
