import { RowOpener } from '../data/sealedRows';

/**
 * Requests to a worker and its answers, paired by id: the page side and the
 * worker side of the small protocol the app's workers (Trends, History
 * search) share. What crosses is structured-cloned; both sides are this app's
 * own code, so answers are trusted as typed. A locked journal's data key goes
 * first, before any request (a CryptoKey clones into the worker and stays
 * non-extractable); the page ends the worker when the lock changes, and the
 * key and everything it decrypted end with it.
 */

export type WorkerRequest<R> = { id: number; request: R } | { key: CryptoKey };

export type WorkerAnswer<T> = { id: number; ok: true; data: T } | { id: number; ok: false; message: string };

export interface WorkerCalls<R, T> {
  /** Sends a request and waits for its answer; rejects once the worker has failed or was stopped. */
  call: (request: R) => Promise<T>;
  /** Ends the worker: what is pending, and every later call, rejects with `reason`. */
  stop: (reason: Error) => void;
}

/**
 * Starts a worker with `create` (which must spell out `new Worker(new URL(...))`
 * so the bundler finds the worker), or answers null where workers cannot start
 * (jsdom in tests). A worker that fails to load or run rejects what is pending
 * and every later call, so the caller can fall back to the main thread.
 * `key` is the locked journal's data key, for a worker that reads the journal.
 */
export function startWorkerCalls<R, T>(create: () => Worker, key: CryptoKey | null = null): WorkerCalls<R, T> | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return null;
  }
  const pending = new Map<number, { resolve: (data: T) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let broken: Error | null = null;

  worker.addEventListener('message', (event: MessageEvent<WorkerAnswer<T>>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (answer.ok) waiting?.resolve(answer.data);
    else waiting?.reject(new Error(answer.message));
  });
  const stop = (reason: Error) => {
    broken = reason;
    for (const waiting of pending.values()) waiting.reject(reason);
    pending.clear();
    worker.terminate();
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stop(new Error(event.message || 'A worker did not start.'));
  });
  // Messages arrive in order, so every request after the key can open sealed rows.
  if (key) worker.postMessage({ key } satisfies WorkerRequest<R>);

  return {
    call: (request) =>
      broken
        ? Promise.reject(broken)
        : new Promise<T>((resolve, reject) => {
            const id = nextId++;
            pending.set(id, { resolve, reject });
            worker.postMessage({ id, request } satisfies WorkerRequest<R>);
          }),
    stop,
  };
}

// The renderer's TypeScript lib is DOM, not WebWorker; this is the part of the worker scope used here.
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
}

/**
 * Inside a worker: answers every request with `handle`, a thrown error as a
 * failed answer. `handle` gets the opener of the key the page sent, or null
 * while the journal has no lock.
 */
export function answerRequests<R, T>(handle: (request: R, opener: RowOpener | null) => Promise<T>): void {
  const scope = self as unknown as WorkerScope;
  let opener: RowOpener | null = null;
  scope.addEventListener('message', (event: MessageEvent<WorkerRequest<R>>) => {
    if ('key' in event.data) {
      opener = new RowOpener(event.data.key);
      return;
    }
    const { id, request } = event.data;
    handle(request, opener).then(
      (data) => scope.postMessage({ id, ok: true, data } satisfies WorkerAnswer<T>),
      (error: unknown) =>
        scope.postMessage({
          id,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        } satisfies WorkerAnswer<T>),
    );
  });
}
