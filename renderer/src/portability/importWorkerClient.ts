import type { PickedFile } from '../../../shared/bridge';
import type { DayFileParts, FrontMatterBlock } from '../../../shared/markdown/dayFileParts';
import type { FileProblem } from '../../../shared/markdown/importPlan';
import type { ImportWorkerRequest, ImportWorkerResponse } from './importProtocol';

/** A request before the client numbers it. */
type Unnumbered = ImportWorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

type Pending = { resolve: (response: ImportWorkerResponse) => void; reject: (error: Error) => void };

/** Said when the page cannot start a worker: the import would otherwise parse on the page and freeze it. */
const NO_WORKER =
  'The import could not start its background reader, so nothing was read. Reload Forkcast and try again.';

/**
 * The import worker for the session, started on first use. An import that
 * is cancelled stops the worker, so a huge read never runs on unseen; the
 * next request starts a fresh one.
 */
class ImportWorkerClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private start(): Worker {
    if (this.worker) return this.worker;
    if (typeof Worker === 'undefined') throw new Error(NO_WORKER);
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'forkcast-import',
    });
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerResponse>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      waiting?.resolve(event.data);
    });
    // Fires when the worker script cannot load or run at all.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.stop(new Error(`${NO_WORKER}${event.message ? ` (${event.message})` : ''}`));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the worker and everything it was asked, which rejects with `reason`. */
  stop(reason: Error): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(reason);
    this.pending.clear();
  }

  async ask(request: Unnumbered, signal?: AbortSignal): Promise<ImportWorkerResponse> {
    signal?.throwIfAborted();
    const worker = this.start();
    const id = this.nextId++;
    const response = await new Promise<ImportWorkerResponse>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      signal?.addEventListener('abort', () => this.stop(signal.reason as Error), { once: true });
      worker.postMessage({ ...request, id } as ImportWorkerRequest);
    });
    if (!response.ok) throw new Error(response.message);
    return response;
  }
}

const client = new ImportWorkerClient();

/** Splits day files and parses their YAML and markdown in the worker; dayFile.ts's checkDayFile checks the rest. */
export async function readDayFilesOffThread(files: PickedFile[], signal?: AbortSignal): Promise<DayFileParts[]> {
  const response = await client.ask({ kind: 'read', files }, signal);
  if (response.ok && response.kind === 'read') return response.parts;
  throw new Error('The import worker answered something else.');
}

/** Reads a decision file's front matter in the worker; decisionFile.ts's checkDecisionFile checks it. */
export async function readFrontMatterOffThread(file: PickedFile, signal?: AbortSignal): Promise<FrontMatterBlock> {
  const response = await client.ask({ kind: 'front', file }, signal);
  if (response.ok && response.kind === 'front') return response.front;
  throw new Error('The import worker answered something else.');
}

/** Unpacks a zip in the worker, refusing what is unsafe or too large before inflating it. */
export async function unzipOffThread(zip: Blob): Promise<{ files: PickedFile[]; refused: FileProblem[] }> {
  const response = await client.ask({ kind: 'unzip', zip });
  if (response.ok && response.kind === 'unzip') return { files: response.files, refused: response.refused };
  throw new Error('The import worker answered something else.');
}
