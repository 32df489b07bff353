import type { FileProblem } from '../../../shared/markdown/importPlan';
import { planPickRead } from '../../../shared/importers/pickLimits';
import { SourceError } from '../../../shared/importers/foreignEntry';
import { readSource, type SourceFile } from '../../../shared/importers/readSource';
import { decodeText } from '../bridge/browserFiles';
import type { SourceWorkerRequest, SourceWorkerResponse } from './sourceProtocol';

/**
 * The source-import worker: reads a pick from another journal app (a Day
 * One zip, a jrnl or Daylio export, a RedNotebook or Obsidian folder) away
 * from the page. Sizes are checked before any byte is read; the page stops
 * the worker to cancel.
 */

// The renderer's TypeScript lib is DOM, not WebWorker; this is the part of the worker scope used here.
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SourceWorkerRequest>) => void): void;
  postMessage(message: SourceWorkerResponse): void;
}
const scope = self as unknown as WorkerScope;

/** Progress goes to the page at most this often. */
const PROGRESS_MS = 100;

async function read({ files, dailyNoteFormat }: SourceWorkerRequest): Promise<SourceWorkerResponse> {
  const plan = planPickRead(files.map(({ name, file }) => ({ name, size: file.size })));
  const picked: SourceFile[] = [];
  const problems: FileProblem[] = [...plan.problems];
  let sentAt = 0;
  for (const [done, index] of plan.read.entries()) {
    if (performance.now() - sentAt > PROGRESS_MS) {
      scope.postMessage({ kind: 'progress', progress: { stage: 'files', done, total: plan.read.length } });
      sentAt = performance.now();
    }
    const { name, file } = files[index] ?? {};
    if (!name || !file) continue;
    try {
      picked.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      problems.push({ name, reason: 'could not be read (it may have been moved or deleted)' });
    }
  }
  scope.postMessage({ kind: 'progress', progress: { stage: 'entries', done: 0, total: picked.length } });
  const parse = readSource(picked, { decode: decodeText, dailyNoteFormat });
  parse.problems.unshift(...problems);
  return { kind: 'done', parse };
}

scope.addEventListener('message', (event) => {
  void read(event.data)
    .catch((error: unknown): SourceWorkerResponse => ({
      kind: 'failed',
      // A SourceError is already worded for the user; anything else is unexpected.
      message:
        error instanceof SourceError
          ? error.message
          : `Reading the files did not work (${error instanceof Error ? error.message : String(error)}). Your journal was not changed.`,
    }))
    .then((response) => scope.postMessage(response));
});
