import type { DatabaseStatus } from '../hooks/useDatabaseStatus';

interface Props {
  state: Exclude<DatabaseStatus, { status: 'opening' } | { status: 'ready' }>;
  onRetry: () => void;
}

/** Shown when the journal cannot be opened. It never offers to wipe data. */
export function DatabaseProblem({ state, onRetry }: Props) {
  const message =
    state.status === 'closed'
      ? 'Forkcast was updated in another window, so this one stepped aside. Reload to continue; nothing was lost.'
      : state.message;
  return (
    <main className="database-problem" role="alert">
      <h1>Your journal could not be opened</h1>
      <p>{message}</p>
      <p className="muted">Your entries are kept exactly as they were. Nothing is deleted or reset.</p>
      <div className="row">
        <button type="button" onClick={state.status === 'closed' ? () => window.location.reload() : onRetry}>
          {state.status === 'closed' ? 'Reload' : 'Try again'}
        </button>
      </div>
    </main>
  );
}
