import { useCallback, useState } from 'react';
import { describeStorageError } from '../data/errors';

export type ActionState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

/** Runs one lock action at a time and keeps what it said: its message when done, the reason when it failed. */
export function usePendingAction(): { state: ActionState; run: (action: () => Promise<string>) => Promise<void> } {
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const run = useCallback(async (action: () => Promise<string>) => {
    setState({ status: 'working' });
    try {
      setState({ status: 'done', message: await action() });
    } catch (error) {
      // A wrong passphrase and a lock changed elsewhere already say it in words (describeStorageError passes them on).
      setState({
        status: 'failed',
        message:
          error instanceof Error && error.name === 'WrongSecretError' ? error.message : describeStorageError(error),
      });
    }
  }, []);
  return { state, run };
}

/** The line under a form: what happened, as a status or an alert. */
export function ActionMessage({ state }: { state: ActionState }) {
  if (state.status === 'done') return <p role="status">{state.message}</p>;
  if (state.status === 'failed') {
    return (
      <p role="alert" className="error-text">
        {state.message}
      </p>
    );
  }
  return null;
}
