import {
  createZipPacker,
  isHiddenName,
  isMarkdownName,
  LIMITS,
  renderMarkdownExport,
  toLocalDate,
  type CancelExportResponse,
  type ExportMarkdownRequest,
  type ExportMarkdownResponse,
  type ImportMarkdownResponse,
  type PickedFile,
} from '../../../shared';
import { unzipOffThread } from '../portability/importWorkerClient';
import { yieldToPage } from '../portability/yieldToPage';
import { downloadFile, downloadLocation, pickFiles, readTextFile } from './browserFiles';
import { reportZipProgress } from './zipProgress';

/**
 * Markdown export and import for a plain browser: the export arrives as one
 * zip download, and import reads a picked folder, a zip or some .md files.
 */

/** How long the zip is built between pauses that let the page show progress and hear Cancel. */
const SLICE_MS = 50;

/** The zip being built, so Cancel can stop it: one export at a time, as in the desktop app. */
let running: AbortController | null = null;

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
  try {
    const name = `forkcast-markdown-${toLocalDate(new Date())}`;
    const files = renderMarkdownExport(request);
    const packer = createZipPacker(name);
    let sliceStart = performance.now();
    for (const [index, file] of files.entries()) {
      if (performance.now() - sliceStart > SLICE_MS) {
        reportZipProgress(index, files.length);
        await yieldToPage();
        if (controller.signal.aborted) return { status: 'cancelled' };
        sliceStart = performance.now();
      }
      packer.add(file);
    }
    const zip = packer.finish();
    reportZipProgress(files.length, files.length);
    downloadFile(`${name}.zip`, zip, 'application/zip');
    return {
      status: 'saved',
      location: downloadLocation(`${name}.zip`),
      written: files.length,
      unchanged: 0,
      conflicts: [],
      session: null,
      warnings: [],
    };
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

/** Unpacks a picked zip in the import worker, which refuses it whole when it would unpack to too much. */
async function readZip(file: File): Promise<{ files: PickedFile[]; refused: Refusal[] }> {
  if (file.size > MAX_ZIP_BYTES) {
    return { files: [], refused: [{ name: file.name, reason: `is larger than ${MAX_ZIP_BYTES / 1024 / 1024} MB` }] };
  }
  return unzipOffThread(file);
}

export async function importMarkdownFromFiles(): Promise<ImportMarkdownResponse> {
  const source = await chooseSource();
  if (!source) return { status: 'cancelled' };
  const picked =
    source === 'folder'
      ? await pickFiles({ accept: '.md,.markdown,text/markdown', multiple: true, directory: true })
      : await pickFiles({ accept: '.zip,application/zip,.md,.markdown,text/markdown', multiple: true });
  if (picked.length === 0) return { status: 'cancelled' };
  // The same caps as a folder on the desktop: checked on the sizes the browser knows, before reading anything.
  const markdown = picked.filter((file) => {
    const name = file.webkitRelativePath || file.name;
    return isMarkdownName(name) && !isHiddenName(name);
  });
  const markdownBytes = markdown.reduce((sum, file) => sum + Math.min(file.size, LIMITS.fileBytes), 0);
  if (markdown.length > LIMITS.importFiles || markdownBytes > LIMITS.importBytes) {
    return {
      status: 'failed',
      message: `That is more markdown than Forkcast imports at once (at most ${LIMITS.importFiles.toLocaleString('en')} files and ${LIMITS.importBytes / 1024 / 1024} MB). Nothing was imported.`,
    };
  }
  try {
    const files: PickedFile[] = [];
    const refused: Refusal[] = [];
    let characters = 0;
    for (const file of picked) {
      const name = file.webkitRelativePath || file.name;
      if (/\.zip$/i.test(name)) {
        // A zip may hold many thousands of files: too many to spread into push().
        const zip = await readZip(file);
        for (const read of zip.files) {
          files.push(read);
          characters += read.text.length;
        }
        for (const refusal of zip.refused) refused.push(refusal);
        // Each zip is capped on its own in the worker; several together are held to the same caps.
        if (files.length > LIMITS.importFiles || characters > LIMITS.importBytes) {
          return {
            status: 'failed',
            message: 'Those zips hold more markdown than Forkcast imports at once. Nothing was imported.',
          };
        }
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
    // The worker's refusals (an archive too large to unpack, one that is not a zip) are already whole sentences.
    return { status: 'failed', message: error instanceof Error ? error.message : `The files could not be read.` };
  }
}
