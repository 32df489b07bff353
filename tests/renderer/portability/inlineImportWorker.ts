import {
  readDayFileParts,
  readDecisionFront,
  unpackZip,
  type DayFileParts,
  type FrontMatterBlock,
  type PickedFile,
} from '../../../shared';

/**
 * The import worker's client, doing the same work on the test's own thread:
 * jsdom has no Worker. `vi.mock('…/importWorkerClient', () => import('…/inlineImportWorker'))`
 * swaps it in; the real worker runs in the end-to-end tests.
 */
export async function readDayFilesOffThread(files: PickedFile[], signal?: AbortSignal): Promise<DayFileParts[]> {
  signal?.throwIfAborted();
  return files.map(readDayFileParts);
}

export async function readFrontMatterOffThread(file: PickedFile, signal?: AbortSignal): Promise<FrontMatterBlock> {
  signal?.throwIfAborted();
  return readDecisionFront(file.text);
}

export async function unzipOffThread(zip: Blob) {
  const { files, refused } = unpackZip(new Uint8Array(await zip.arrayBuffer()));
  return { files: files.map((file) => ({ name: file.name, text: new TextDecoder().decode(file.bytes) })), refused };
}
