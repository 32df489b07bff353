// Specific modules only, never the shared/ barrel: this worker must not reach Dexie (see its bundle test).
import type { PickedFile } from '../../../shared/bridge';
import { readDayFileParts, readDecisionFront } from '../../../shared/markdown/dayFileParts';
import { unpackZip } from '../../../shared/markdown/zipArchive';
import { decodeText } from '../bridge/browserFiles';
import type { ImportWorkerRequest, ImportWorkerResponse } from './importProtocol';
import type { SourceWorkerRequest, SourceWorkerResponse } from './sourceProtocol';
import { answerSource } from './sourceRead';

/**
 * The import worker: unpacks zips and parses day files (YAML front matter and
 * markdown sections) away from the page, so a huge or hostile import never
 * freezes it, and reads other journal apps' exports (sourceRead.ts). The day
 * files' values are checked with zod on the page afterwards
 * (shared/markdown/dayFile.ts), as are the weekly review and decision files'
 * front matter, read here too. One worker for both, so yaml ships once and
 * the page parses no YAML.
 */

// The renderer's TypeScript lib is DOM, not WebWorker; this is the part of the worker scope used here.
interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerRequest | SourceWorkerRequest>) => void,
  ): void;
  postMessage(message: ImportWorkerResponse | SourceWorkerResponse): void;
}
const scope = self as unknown as WorkerScope;

async function unzip(id: number, zip: Blob): Promise<ImportWorkerResponse> {
  const { files: entries, refused } = unpackZip(new Uint8Array(await zip.arrayBuffer()));
  const files: PickedFile[] = [];
  for (const entry of entries) {
    const read = decodeText(entry.name, entry.bytes);
    if ('text' in read) files.push(read);
    else refused.push(read);
  }
  return { id, ok: true, kind: 'unzip', files, refused };
}

async function answer(request: ImportWorkerRequest): Promise<ImportWorkerResponse> {
  try {
    if (request.kind === 'unzip') return await unzip(request.id, request.zip);
    if (request.kind === 'front')
      return { id: request.id, ok: true, kind: 'front', front: readDecisionFront(request.file.text) };
    return { id: request.id, ok: true, kind: 'read', parts: request.files.map(readDayFileParts) };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener('message', ({ data: request }) => {
  if (request.kind === 'source') void answerSource(request, (message) => scope.postMessage(message));
  else void answer(request).then((response) => scope.postMessage(response));
});
