import type { ExportMarkdownRequest, PickedFile } from '../../shared/bridge';
import { describeFsError } from '../atomicWrite';
import { describeReadError } from '../textFile';
import type { FileDialogs } from './fileDialogs';
import type { VerbHandlers } from './registerVerbs';

/** The folder functions of electron/markdownFolder.ts, injected so these handlers test without disk or Electron. */
export interface MarkdownFolderIo {
  writeMarkdownExport(
    folder: string,
    request: ExportMarkdownRequest,
    options?: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
  ): Promise<{ written: number; unchanged: number }>;
  readMarkdownFolder(folder: string): Promise<{ files: PickedFile[]; refused: { name: string; reason: string }[] }>;
}

/** Markdown export to, and import from, a folder the user picks in a main-process dialog. */
export function createMarkdownHandlers(
  dialogs: FileDialogs,
  io: MarkdownFolderIo,
): VerbHandlers<'exportMarkdown' | 'importMarkdown'> {
  return {
    async exportMarkdown(request, { sender }) {
      const folder = await dialogs.chooseFolder(sender, {
        title: 'Choose a folder for the markdown export',
        buttonLabel: 'Export here',
      });
      if (folder === null) return { status: 'cancelled' };
      try {
        const { written, unchanged } = await io.writeMarkdownExport(folder, request);
        return { status: 'saved', location: folder, written, unchanged };
      } catch (error) {
        return { status: 'failed', message: describeFsError(error) };
      }
    },

    async importMarkdown(_request, { sender }) {
      const folder = await dialogs.chooseFolder(sender, {
        title: 'Choose a folder of Forkcast markdown to import',
        buttonLabel: 'Import',
      });
      if (folder === null) return { status: 'cancelled' };
      try {
        const { files, refused } = await io.readMarkdownFolder(folder);
        return { status: 'loaded', source: folder, files, refused };
      } catch (error) {
        return { status: 'failed', message: `The folder could not be imported: ${describeReadError(error)}` };
      }
    },
  };
}
