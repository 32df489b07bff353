import { keyState, onKeyStateChange } from '../data/journalKey';
import { startWorkerCalls, type WorkerCalls } from './workerCalls';

export interface JournalWorker<R, T> {
  /** The worker of this lock state, started on first use; null where workers cannot start. */
  calls: () => WorkerCalls<R, T> | null;
  /** Whether `calls` is still the worker of this lock state (not ended by a change of the lock). */
  isCurrent: (calls: WorkerCalls<R, T>) => boolean;
}

/**
 * A worker that reads the journal (Trends, History search): started with the
 * data key of that moment when the journal is unlocked, and ended on every
 * change of the lock, so the key and everything it decrypted never outlive
 * it. The next use starts a new worker with the key of the new moment.
 */
export function journalWorker<R, T>(create: () => Worker): JournalWorker<R, T> {
  let current: WorkerCalls<R, T> | null | undefined;
  onKeyStateChange(() => {
    current?.stop(new Error('The journal’s lock changed.'));
    current = undefined;
  });
  return {
    calls: () => {
      if (current === undefined) {
        const state = keyState();
        current = startWorkerCalls(create, state.status === 'unlocked' ? state.key : null);
      }
      return current;
    },
    isCurrent: (calls) => calls === current,
  };
}
