import { formatTimestamp } from '../../../shared';
import type { SaveState } from './draftSession';

interface Props {
  state: SaveState;
  onRetry: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Tells the user, always, whether what they typed is safely stored. */
export function SaveStatus({ state, onRetry, onKeepMine, onTakeTheirs }: Props) {
  switch (state.status) {
    case 'clean':
      return (
        <p className="save-status muted" role="status">
          Changes save automatically.
        </p>
      );
    case 'unsaved':
    case 'saving':
      return (
        <p className="save-status muted" role="status">
          Saving…
        </p>
      );
    case 'saved':
      return (
        <p className="save-status" role="status">
          ✓ Saved at {formatTimestamp(state.at, 'time')}
        </p>
      );
    case 'failed':
      return (
        <div className="save-status save-problem" role="alert">
          <p>
            <strong>Not saved.</strong> {state.message}
          </p>
          <button type="button" onClick={onRetry}>
            Try saving again
          </button>
        </div>
      );
    case 'conflict':
      return (
        <div className="save-status save-problem" role="alert">
          <p>
            <strong>This day was changed in another window</strong> at {formatTimestamp(state.theirs.updatedAt, 'time')}{' '}
            while you were editing here. Which version should stay?
          </p>
          <div className="row">
            <button type="button" onClick={onKeepMine}>
              Keep what is on this screen
            </button>
            <button type="button" onClick={onTakeTheirs}>
              Load the other window’s version
            </button>
          </div>
        </div>
      );
  }
}
