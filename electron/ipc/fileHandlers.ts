import path from 'node:path';
import type { SaveResponse, SaveTextRequest } from '../../shared/bridge';
import { LIMITS } from '../../shared/limits';
import { describeFsError, writeFileAtomic } from '../atomicWrite';
import { readTextFileWithinLimit } from '../textFile';
import { briefPdfOptions } from './briefPdf';
import { filtersFor, type FileDialogs } from './fileDialogs';
import type { HandlerContext, VerbHandlers } from './registerVerbs';

export type FileVerb = 'saveBackup' | 'saveBrief' | 'openBackup' | 'printBriefToPdf';

/** Asks where to save, then writes atomically; the path only ever comes from the dialog. */
async function saveWithDialog(
  dialogs: FileDialogs,
  { sender }: HandlerContext,
  options: { title: string; label: string; defaultName: string },
  produce: () => Promise<string | Uint8Array>,
): Promise<SaveResponse> {
  const target = await dialogs.chooseSaveFile(sender, {
    title: options.title,
    defaultName: options.defaultName,
    filters: filtersFor(options.label, options.defaultName),
  });
  if (target === null) return { status: 'cancelled' };
  try {
    await writeFileAtomic(target, await produce());
    return { status: 'saved', location: target };
  } catch (error) {
    return { status: 'failed', message: describeFsError(error) };
  }
}

const withExtension = (name: string, extension: string): string =>
  path.extname(name).toLowerCase() === extension ? name : `${name}${extension}`;

/** Backup and brief files: save, restore, print to PDF. */
export function createFileHandlers(dialogs: FileDialogs): VerbHandlers<FileVerb> {
  const saveText = (title: string, label: string) => (request: SaveTextRequest, context: HandlerContext) =>
    saveWithDialog(dialogs, context, { title, label, defaultName: request.suggestedName }, async () => request.text);

  return {
    saveBackup: saveText('Save a Forkcast backup', 'Forkcast backup'),
    saveBrief: saveText('Save the decision brief', 'Decision brief'),

    async openBackup(_request, { sender }) {
      const source = await dialogs.chooseOpenFile(sender, {
        title: 'Restore a Forkcast backup',
        filters: [
          { name: 'Forkcast backup', extensions: ['json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (source === null) return { status: 'cancelled' };
      const read = await readTextFileWithinLimit(source, LIMITS.backupBytes);
      if (!read.ok) return { status: 'failed', message: `${path.basename(source)}: ${read.reason}` };
      return { status: 'loaded', file: { name: path.basename(source), text: read.text } };
    },

    printBriefToPdf(request, context) {
      return saveWithDialog(
        dialogs,
        context,
        {
          title: 'Save the decision brief as PDF',
          label: 'PDF',
          defaultName: withExtension(request.suggestedName, '.pdf'),
        },
        () => context.sender.printToPDF(briefPdfOptions(request.paper)),
      );
    },
  };
}
