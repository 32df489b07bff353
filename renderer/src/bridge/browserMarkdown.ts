import {
  ArchiveError,
  createZipPacker,
  isHiddenName,
  isMarkdownName,
  LIMITS,
  renderMarkdownExport,
  toLocalDate,
  unpackZip,
  type CancelExportResponse,
  type ExportMarkdownRequest,
  type ExportMarkdownResponse,
  type ExportProgress,
  type ImportMarkdownResponse,
  type PickedFile,
} from '../../../shared';
import { decodeText, downloadFile, pickFiles, readTextFile } from './browserFiles';

/**
 * Markdown export and import for a plain browser: the export arrives as one
 * zip download, and import reads a picked folder, a zip or some .md files.
 */

/** How long the zip is built between pauses that let the page show progress and hear Cancel. */
const SLICE_MS = 50;

/** The zip being built, so Cancel can stop it: one export at a time, as in the desktop app. */
let running: AbortController | null = null;
const progressListeners = new Set<(progress: ExportProgress) => void>();

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Builds the export as one zip, pausing every SLICE_MS to report progress and
 * to stop if cancelled; the download starts only once the zip is whole, so a
 * cancelled export leaves nothing behind.
 */
export async function exportMarkdownAsZip(request: ExportMarkdownRequest): Promise<ExportMarkdownResponse> {
  if (running)
    return { status: 'failed', message: 'An export is already running. Wait for it to finish, or cancel it.' };
  const controller = new AbortController();
  running = controller;
  const report = (done: number, total: number) => progressListeners.forEach((listener) => listener({ done, total }));
  try {
    const name = `forkcast-markdown-${toLocalDate(new Date())}`;
    const files = renderMarkdownExport(request);
    const packer = createZipPacker(name);
    let sliceStart = performance.now();
    for (const [index, file] of files.entries()) {
      if (performance.now() - sliceStart > SLICE_MS) {
        report(index, files.length);
        await pause();
        if (controller.signal.aborted) return { status: 'cancelled' };
        sliceStart = performance.now();
      }
      packer.add(file);
    }
    const zip = packer.finish();
    report(files.length, files.length);
    downloadFile(`${name}.zip`, zip, 'application/zip');
    return { status: 'saved', location: `Downloads/${name}.zip`, written: files.length, unchanged: 0 };
  } catch (error) {
    return {
      status: 'failed',
      message: `The zip could not be made${error instanceof Error ? ` (${error.message})` : ''}.`,
    };
  } finally {
    running = null;
  }
}

/** Stops the zip being built, if any, at its next pause. */
export async function cancelZipExport(): Promise<CancelExportResponse> {
  if (!running || running.signal.aborted) return { cancelled: false };
  running.abort();
  return { cancelled: true };
}

/** Listens for the zip's progress; the returned function stops listening. */
export function onZipProgress(listener: (progress: ExportProgress) => void): () => void {
  progressListeners.add(listener);
  return () => {
    progressListeners.delete(listener);
  };
}

/** The largest zip read at all; each file inside is still held to LIMITS.fileBytes. */
const MAX_ZIP_BYTES = 20 * LIMITS.fileBytes;

type Refusal = { name: string; reason: string };

/** A small modal asking where to import from; a browser file chooser picks either folders or files, not both. */
function chooseSource(): Promise<'folder' | 'files' | null> {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'card import-source';
    dialog.setAttribute('aria-labelledby', 'import-source-title');
    const title = document.createElement('h2');
    title.id = 'import-source-title';
    title.textContent = 'Import markdown from…';
    const row = document.createElement('div');
    row.className = 'row';
    const choices: [string, 'folder' | 'files' | null][] = [
      ['A folder', 'folder'],
      ['A zip or .md files', 'files'],
      ['Cancel', null],
    ];
    let answer: 'folder' | 'files' | null = null;
    for (const [label, value] of choices) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', () => {
        answer = value;
        dialog.close();
      });
      row.append(button);
    }
    dialog.append(title, row);
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

async function readZip(file: File): Promise<{ files: PickedFile[]; refused: Refusal[] }> {
  if (file.size > MAX_ZIP_BYTES) {
    return { files: [], refused: [{ name: file.name, reason: `is larger than ${MAX_ZIP_BYTES / 1024 / 1024} MB` }] };
  }
  const { files: entries, refused } = unpackZip(new Uint8Array(await file.arrayBuffer()));
  const files: PickedFile[] = [];
  for (const entry of entries) {
    const read = decodeText(entry.name, entry.bytes);
    if ('text' in read) files.push(read);
    else refused.push(read);
  }
  return { files, refused };
}

export async function importMarkdownFromFiles(): Promise<ImportMarkdownResponse> {
  const source = await chooseSource();
  if (!source) return { status: 'cancelled' };
  const picked =
    source === 'folder'
      ? await pickFiles({ accept: '.md,.markdown,text/markdown', multiple: true, directory: true })
      : await pickFiles({ accept: '.zip,application/zip,.md,.markdown,text/markdown', multiple: true });
  if (picked.length === 0) return { status: 'cancelled' };
  try {
    const files: PickedFile[] = [];
    const refused: Refusal[] = [];
    for (const file of picked) {
      const name = file.webkitRelativePath || file.name;
      if (/\.zip$/i.test(name)) {
        // A zip may hold many thousands of files: too many to spread into push().
        const zip = await readZip(file);
        for (const read of zip.files) files.push(read);
        for (const refusal of zip.refused) refused.push(refusal);
      } else if (isMarkdownName(name) && !isHiddenName(name)) {
        const read = await readTextFile(file, name);
        if ('text' in read) files.push(read);
        else refused.push(read);
      }
    }
    const label =
      source === 'folder'
        ? (picked[0]?.webkitRelativePath.split('/')[0] ?? 'the folder')
        : picked.map((file) => file.name).join(', ');
    return { status: 'loaded', source: label, files, refused };
  } catch (error) {
    return {
      status: 'failed',
      message:
        error instanceof ArchiveError
          ? error.message
          : `The files could not be read${error instanceof Error ? ` (${error.message})` : ''}.`,
    };
  }
}
