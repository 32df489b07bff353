import type { FileProblem } from '../../../shared/markdown/importPlan';
import { planPickRead } from '../../../shared/importers/pickLimits';
import { SourceError } from '../../../shared/importers/foreignEntry';
import { readSource, type SourceFile } from '../../../shared/importers/readSource';
import { decodeText } from '../bridge/browserFiles';
import type { SourceWorkerRequest, SourceWorkerResponse } from './sourceProtocol';

/**
 * The import worker's read of a pick from another journal app (a Day One
 * zip, a jrnl or Daylio export, a RedNotebook or Obsidian folder). Sizes are
 * checked before any byte is read; the page stops the worker to cancel, so
 * each such read has a worker of its own.
 */

/** Progress goes to the page at most this often. */
const PROGRESS_MS = 100;

async function read(
  { files, dailyNoteFormat }: SourceWorkerRequest,
  post: (message: SourceWorkerResponse) => void,
): Promise<SourceWorkerResponse> {
  const plan = planPickRead(files.map(({ name, file }) => ({ name, size: file.size })));
  const picked: SourceFile[] = [];
  const problems: FileProblem[] = [...plan.problems];
  let sentAt = 0;
  for (const [done, index] of plan.read.entries()) {
    if (performance.now() - sentAt > PROGRESS_MS) {
      post({ kind: 'progress', progress: { stage: 'files', done, total: plan.read.length } });
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
  post({ kind: 'progress', progress: { stage: 'entries', done: 0, total: picked.length } });
  const parse = readSource(picked, { decode: decodeText, dailyNoteFormat });
  parse.problems.unshift(...problems);
  return { kind: 'done', parse };
}

/** Reads the pick, posting progress on the way and the parse (or why it failed) at the end. */
export async function answerSource(
  request: SourceWorkerRequest,
  post: (message: SourceWorkerResponse) => void,
): Promise<void> {
  const response = await read(request, post).catch((error: unknown): SourceWorkerResponse => ({
    kind: 'failed',
    // A SourceError is already worded for the user; anything else is unexpected.
    message:
      error instanceof SourceError
        ? error.message
        : `Reading the files did not work (${error instanceof Error ? error.message : String(error)}). Your journal was not changed.`,
  }));
  post(response);
}
