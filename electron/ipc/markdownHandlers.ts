import type { WebContents } from 'electron';
import { BRIDGE_EVENTS, type ExportMarkdownRequest, type ExportProgress, type PickedFile } from '../../shared/bridge';
import type { ConflictActionResult } from '../markdown/conflictFiles';
import type { ExportOutcome } from '../markdown/exportFolder';
import type { ConflictingFile } from '../markdown/folderFiles';
import { ImportTooLargeError, type Refusal } from '../markdown/importFolder';
import { describeReadError } from '../textFile';
import { withoutText, type ConflictSessions } from './conflictSessions';
import { exportFailure } from './exportFailure';
import type { FileDialogs } from './fileDialogs';
import type { VerbHandlers } from './registerVerbs';

/** The folder functions of electron/markdown/, injected so these handlers test without disk or Electron. */
export interface MarkdownFolderIo {
  writeMarkdownExport(
    folder: string,
    request: ExportMarkdownRequest,
    options?: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
  ): Promise<ExportOutcome>;
  readMarkdownFolder(folder: string): Promise<{ files: PickedFile[]; refused: Refusal[] }>;
  readConflictFiles(
    root: string,
    conflicts: readonly ConflictingFile[],
  ): Promise<{ files: PickedFile[]; refused: Refusal[]; read: ConflictingFile[] }>;
  overwriteConflicts(root: string, conflicts: readonly ConflictingFile[]): Promise<ConflictActionResult>;
  recordConflictsTaken(root: string, conflicts: readonly ConflictingFile[]): Promise<ConflictActionResult>;
}

/** Progress goes to the window at most this often; the last step always goes. */
export const PROGRESS_INTERVAL_MS = 100;

/** Sends export progress to `sender` alone, throttled, and never to a window that is gone. */
function progressTo(sender: WebContents): (done: number, total: number) => void {
  let sentAt = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - sentAt < PROGRESS_INTERVAL_MS) return;
    sentAt = now;
    if (sender.isDestroyed()) return;
    const progress: ExportProgress = { done, total };
    sender.send(BRIDGE_EVENTS.exportProgress.channel, progress);
  };
}

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/** Markdown export to, and import from, a folder the user picks in a main-process dialog. */
export function createMarkdownHandlers(
  dialogs: FileDialogs,
  io: Pick<MarkdownFolderIo, 'writeMarkdownExport' | 'readMarkdownFolder'>,
  sessions: ConflictSessions,
): VerbHandlers<'exportMarkdown' | 'cancelExport' | 'importMarkdown'> {
  /** The export running in each window, one at a time, so that window's Cancel can stop it. */
  const running = new Map<WebContents, AbortController>();

  return {
    async exportMarkdown(request, { sender }) {
      if (running.has(sender)) {
        return { status: 'failed', message: 'An export is already running. Wait for it to finish, or cancel it.' };
      }
      const controller = new AbortController();
      running.set(sender, controller);
      try {
        const folder = await dialogs.chooseFolder(sender, {
          title: 'Choose a folder for the markdown export',
          buttonLabel: 'Export here',
        });
        if (folder === null || controller.signal.aborted) return { status: 'cancelled' };
        sessions.end(sender);
        try {
          const outcome = await io.writeMarkdownExport(folder, request, {
            signal: controller.signal,
            onProgress: progressTo(sender),
          });
          return {
            status: 'saved',
            location: folder,
            written: outcome.written,
            unchanged: outcome.unchanged,
            conflicts: outcome.conflicts.map(withoutText),
            session: sessions.start(sender, outcome.root, folder, outcome.conflicts),
            warnings: outcome.warnings,
          };
        } catch (error) {
          // Each file is written atomically, so a cancelled or stopped export leaves no half-written file.
          if (isAbort(error)) return { status: 'cancelled' };
          return exportFailure(error, folder);
        }
      } finally {
        running.delete(sender);
      }
    },

    async cancelExport(_request, { sender }) {
      const controller = running.get(sender);
      if (!controller || controller.signal.aborted) return { cancelled: false };
      controller.abort();
      return { cancelled: true };
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
        if (error instanceof ImportTooLargeError)
          return { status: 'failed', message: `${error.message} Nothing was imported.` };
        return { status: 'failed', message: `The folder could not be imported: ${describeReadError(error)}` };
      }
    },
  };
}
