import type { LiveFolderWrite } from '../../shared/bridge';
import { describeFsError } from '../atomicWrite';
import { describeStop } from '../markdown/folderFiles';
import { ExportTargetError } from '../markdown/folderGuard';
import { ExportStoppedError, type ExportOutcome } from '../markdown/folderWrite';
import type { LiveFolderStore } from '../markdown/liveFolderStore';
import type { ConflictSessions } from './conflictSessions';
import type { FileDialogs } from './fileDialogs';
import type { VerbHandlers } from './registerVerbs';

/** The live folder's writer (electron/markdown/liveFolder.ts), injected so these handlers test without disk. */
export interface LiveFolderIo {
  writeLiveFolder(folder: string, write: LiveFolderWrite): Promise<ExportOutcome>;
}

/**
 * The live folder's verbs: which folder it is, choosing it once, turning it
 * off, and writing saved days into it. The folder comes only from main's own
 * dialog and store; the renderer never names one. Conflicts join the
 * window's conflict session, so the export's conflict verbs resolve them.
 */
export function createLiveFolderHandlers(
  dialogs: FileDialogs,
  store: LiveFolderStore,
  io: LiveFolderIo,
  sessions: ConflictSessions,
): VerbHandlers<'getLiveFolder' | 'chooseLiveFolder' | 'stopLiveFolder' | 'writeLiveFolder'> {
  let folder: Promise<string | null> | null = null;
  const current = () => (folder ??= store.load());

  return {
    async getLiveFolder() {
      const chosen = await current();
      return chosen === null ? { status: 'off' } : { status: 'on', folder: chosen };
    },

    async chooseLiveFolder(_request, { sender }) {
      const chosen = await dialogs.chooseFolder(sender, {
        title: 'Choose the folder to keep your journal in as markdown',
        buttonLabel: 'Use this folder',
      });
      if (chosen === null) return { status: 'cancelled' };
      try {
        await store.save(chosen);
      } catch (error) {
        return { status: 'failed', message: describeFsError(error) };
      }
      folder = Promise.resolve(chosen);
      return { status: 'on', folder: chosen };
    },

    async stopLiveFolder() {
      try {
        await store.save(null);
      } catch (error) {
        return { status: 'failed', message: describeFsError(error) };
      }
      folder = Promise.resolve(null);
      return { status: 'off' };
    },

    async writeLiveFolder(request, { sender }) {
      const chosen = await current();
      if (chosen === null) return { status: 'off' };
      try {
        const outcome = await io.writeLiveFolder(chosen, request);
        const session = sessions.add(sender, outcome.root, chosen, outcome.conflicts, request.full);
        return {
          status: 'saved',
          location: chosen,
          written: outcome.written,
          unchanged: outcome.unchanged,
          removed: outcome.removed,
          conflicts: session ? sessions.list(session) : [],
          session: session?.id ?? null,
          warnings: outcome.warnings,
        };
      } catch (error) {
        if (error instanceof ExportStoppedError) {
          return {
            status: 'partial',
            location: chosen,
            message: describeStop(error.cause),
            written: error.written.length,
            notWritten: [...error.notWritten],
          };
        }
        return {
          status: 'failed',
          message: error instanceof ExportTargetError ? error.message : describeFsError(error),
        };
      }
    },
  };
}
