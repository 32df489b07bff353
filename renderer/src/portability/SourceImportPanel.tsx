import { useId, useState } from 'react';
import { DEFAULT_DAILY_NOTE_FORMAT, SOURCE_NAMES } from '../../../shared';
import { pickFiles } from '../bridge/browserFiles';
import { ImportPreview } from './ImportPreview';
import type { PickedSourceFile, SourceProgress } from './sourceProtocol';
import { SourceMapping } from './SourceMapping';
import { useSourceImport } from './useSourceImport';

/** A folder's files keep their path inside it, so month files and dated notes in year folders are read by name. */
const named = (files: File[]): PickedSourceFile[] =>
  files.map((file) => ({ name: file.webkitRelativePath || file.name, file }));

function progressText(progress: SourceProgress | null): string {
  if (!progress) return 'Starting…';
  if (progress.stage === 'entries') return 'Reading the entries…';
  return `Reading the files (${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')})…`;
}

/** Import from Day One, jrnl, Daylio, RedNotebook or Obsidian: read, map, preview, then apply all or nothing. */
export function SourceImportPanel() {
  const { state, choices, start, cancel, mapMood, mapActivity, choose, chooseAll, apply, discard } = useSourceImport();
  const [format, setFormat] = useState(DEFAULT_DAILY_NOTE_FORMAT);
  const formatId = useId();
  const busy = state.status === 'reading' || state.status === 'applying';
  const pick = async (directory: boolean) => {
    const files = await pickFiles(
      directory
        ? { accept: '', multiple: true, directory: true }
        : { accept: '.zip,.json,.csv,application/zip,application/json,text/csv', multiple: true },
    );
    await start(named(files), format);
  };
  return (
    <div className="data-block">
      <h3>Import from another journal app</h3>
      <p className="muted">
        Bring in what you wrote in Day One (its JSON export zip), jrnl (<code>jrnl --export json</code>), Daylio (its
        CSV export), RedNotebook (its data folder) or Obsidian (a folder of daily notes). You choose how moods and
        activities are taken, and see every day before anything is written.
      </p>
      {state.status !== 'preview' && (
        <>
          <div className="row">
            <button type="button" disabled={busy} onClick={() => void pick(false)}>
              Choose an export file…
            </button>
            <button type="button" disabled={busy} onClick={() => void pick(true)}>
              Choose a folder…
            </button>
          </div>
          <p>
            <label htmlFor={formatId}>Daily note names (Obsidian’s date format) </label>
            <input
              id={formatId}
              value={format}
              disabled={busy}
              spellCheck={false}
              maxLength={60}
              onChange={(event) => setFormat(event.target.value)}
            />
          </p>
        </>
      )}
      {state.status === 'reading' && (
        <div className="row">
          <p role="status">
            <progress
              value={state.progress?.stage === 'files' ? state.progress.done : undefined}
              max={state.progress?.stage === 'files' ? Math.max(1, state.progress.total) : undefined}
            />{' '}
            {progressText(state.progress)}
          </p>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {state.status === 'applying' && (
        <p role="status">
          <progress /> Importing…
        </p>
      )}
      {state.status === 'preview' && (
        <>
          <p className="muted">
            Where a day is already in your journal, the import can add its text, tags and activities to your day;
            nothing of yours is removed.
          </p>
          <SourceMapping mapping={state.mapping} onMood={mapMood} onActivity={mapActivity} />
          <ImportPreview
            source={SOURCE_NAMES[state.source]}
            preview={state.preview}
            choices={choices}
            onChoose={choose}
            onChooseAll={chooseAll}
            onApply={() => void apply()}
            onCancel={discard}
            adds
          />
        </>
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
