import type { ForeignParse } from '../../../shared';
import type { PickedSourceFile, SourceProgress, SourceWorkerRequest, SourceWorkerResponse } from './sourceProtocol';

/** Said when the page cannot start a worker: the import would otherwise read on the page and freeze it. */
const NO_WORKER =
  'The import could not start its background reader, so nothing was read. Reload Forkcast and try again.';

/**
 * Reads a pick from another journal app in a worker of its own, started for
 * this read and stopped after it: Cancel (the signal) stops it wherever it
 * is, and nothing has been written then.
 */
export function readSourceOffThread(
  files: PickedSourceFile[],
  dailyNoteFormat: string,
  options: { signal?: AbortSignal; onProgress?: (progress: SourceProgress) => void } = {},
): Promise<ForeignParse> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  if (typeof Worker === 'undefined') return Promise.reject(new Error(NO_WORKER));
  // The markdown import's worker, which also reads other apps' exports; one of its own for this read.
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'forkcast-source-import',
  });
  return new Promise<ForeignParse>((resolve, reject) => {
    const stop = (error: Error) => {
      worker.terminate();
      reject(error);
    };
    signal?.addEventListener('abort', () => stop(signal.reason as Error), { once: true });
    worker.addEventListener('message', (event: MessageEvent<SourceWorkerResponse>) => {
      const response = event.data;
      if (response.kind === 'progress') return onProgress?.(response.progress);
      worker.terminate();
      if (response.kind === 'done') resolve(response.parse);
      else reject(new Error(response.message));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop(new Error(`${NO_WORKER}${event.message ? ` (${event.message})` : ''}`));
    });
    const request: SourceWorkerRequest = { kind: 'source', files, dailyNoteFormat };
    worker.postMessage(request);
  });
}
