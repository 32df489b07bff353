import {
  ArchiveError,
  isHiddenName,
  isMarkdownName,
  LIMITS,
  packZip,
  renderMarkdownExport,
  toLocalDate,
  unpackZip,
  type ExportMarkdownRequest,
  type ExportMarkdownResponse,
  type ImportMarkdownResponse,
  type PickedFile,
} from '../../../shared';
import { decodeText, downloadFile, pickFiles, readTextFile } from './browserFiles';

/**
 * Markdown export and import for a plain browser: the export arrives as one
 * zip download, and import reads a picked folder, a zip or some .md files.
 */

export async function exportMarkdownAsZip(request: ExportMarkdownRequest): Promise<ExportMarkdownResponse> {
  try {
    const name = `forkcast-markdown-${toLocalDate(new Date())}`;
    const files = renderMarkdownExport(request);
    downloadFile(`${name}.zip`, packZip(files, name), 'application/zip');
    return { status: 'saved', location: `Downloads/${name}.zip`, written: files.length, unchanged: 0 };
  } catch (error) {
    return {
      status: 'failed',
      message: `The zip could not be made${error instanceof Error ? ` (${error.message})` : ''}.`,
    };
  }
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
