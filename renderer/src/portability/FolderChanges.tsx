import { useEffect } from 'react';
import { filesTaken, type ImportPreview as Preview } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { plural } from './failureMessage';
import { ImportPreview } from './ImportPreview';
import { useMarkdownImport } from './useMarkdownImport';

/**
 * Nothing for the user to decide or to learn: every changed file holds days,
 * weekly reviews and a decision plan exactly as the journal has them, and no
 * summary property was edited.
 */
function nothingToReview(preview: Preview): boolean {
  const { newReviews, changedReviews, reviewConflicts } = preview.reviews;
  return (
    preview.newDays.length + preview.changedDays.length + preview.conflicts.length === 0 &&
    newReviews.length + changedReviews.length + reviewConflicts.length === 0 &&
    // A decision.md older than the journal's plan is left as it is; the next save of the plan asks before replacing it.
    preview.decision?.action !== 'take' &&
    preview.decision?.action !== 'choose' &&
    preview.problems.length + preview.duplicates.length + preview.flatEdits.length === 0
  );
}

async function settle(taken: string[]): Promise<string | null> {
  const answer = await bridge.settleLiveChanges({ taken });
  if (answer.status === 'failed') return answer.message;
  const { open, left } = answer;
  const parts = [];
  if (left > 0) {
    const one = left === 1;
    parts.push(
      `${plural(left, 'file')} ${one ? 'stays' : 'stay'} in the folder as ${one ? 'it is' : 'they are'}, with nothing written over ${one ? 'it' : 'them'}, and ${one ? 'is' : 'are'} not offered again until ${one ? 'it changes' : 'they change'}.`,
    );
  }
  if (open > 0)
    parts.push(
      `${plural(open, 'file')} changed again meanwhile, so ${open === 1 ? 'it is' : 'they are'} offered again.`,
    );
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Files other apps changed in the live folder (days, weekly reviews,
 * decision.md), brought in through the import preview: new days, days edited
 * only in the other app, and conflicts with the journal (keep mine or take
 * theirs), nothing taken until the user applies. Files that hold exactly what
 * the journal has settle by themselves.
 */
export function FolderChanges({ changed }: { changed: number }) {
  const importer = useMarkdownImport({ load: () => bridge.readLiveChanges(), afterApply: settle });
  const { state, start, discard } = importer;

  useEffect(() => {
    if (changed > 0 && (state.status === 'idle' || state.status === 'done' || state.status === 'failed')) void start();
    // Only a new count starts a read; the state moving on must not start another.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changed]);

  useEffect(() => {
    if (state.status !== 'preview' || !nothingToReview(state.preview)) return;
    void settle(filesTaken(state.preview, new Map())).then(discard, discard);
  }, [state, discard]);

  if (changed === 0 && state.status === 'idle') return null;
  return (
    <section className="import-conflicts" aria-labelledby="folder-changes-heading">
      <h4 id="folder-changes-heading">Changed in the folder</h4>
      {/* After a review, files changed again meanwhile are offered again. */}
      {(state.status === 'idle' || ((state.status === 'done' || state.status === 'failed') && changed > 0)) && (
        <>
          <p>
            {plural(changed, 'file')} in the folder changed outside Forkcast. Nothing is taken into your journal until
            you review {changed === 1 ? 'it' : 'them'}.
          </p>
          <button type="button" onClick={() => void start()}>
            Review the changes
          </button>
        </>
      )}
      {state.status === 'reading' && (
        <p role="status">
          <progress /> Reading the changed files…
        </p>
      )}
      {state.status === 'preview' && !nothingToReview(state.preview) && (
        <ImportPreview
          source={state.source}
          preview={state.preview}
          choices={importer.choices}
          onChoose={importer.choose}
          onChooseAll={importer.chooseAll}
          onApply={() => void importer.apply()}
          onCancel={discard}
          leaves
        />
      )}
      {state.status === 'applying' && <p role="status">Bringing the changes in…</p>}
      {state.status === 'done' && <p role="status">{state.message}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </section>
  );
}
