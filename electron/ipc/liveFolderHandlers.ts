import { describeFsError } from '../atomicWrite';
import { describeStop } from '../markdown/folderFiles';
import type { LiveMirror } from '../markdown/liveMirror';
import { describeReadError } from '../textFile';
import type { ConflictSessions } from './conflictSessions';
import { exportFailure } from './exportFailure';
import type { FileDialogs } from './fileDialogs';
import type { VerbHandlers } from './registerVerbs';

const OFF = 'The live folder is off.';

/**
 * The live folder's verbs: which folder it is, choosing it once, turning it
 * off, writing saved days into it, and reading and settling what other apps
 * changed there. The folder comes only from main's own dialog and store; the
 * renderer never names one. Write conflicts join the window's conflict
 * session, so the export's conflict verbs resolve them.
 */
export function createLiveFolderHandlers(
  dialogs: FileDialogs,
  mirror: Pick<LiveMirror, 'folder' | 'choose' | 'write' | 'readChanges' | 'settle'>,
  sessions: ConflictSessions,
): VerbHandlers<
  'getLiveFolder' | 'chooseLiveFolder' | 'stopLiveFolder' | 'writeLiveFolder' | 'readLiveChanges' | 'settleLiveChanges'
> {
  return {
    async getLiveFolder() {
      const folder = mirror.folder();
      return folder === null ? { status: 'off' } : { status: 'on', folder };
    },

    async chooseLiveFolder(_request, { sender }) {
      const chosen = await dialogs.chooseFolder(sender, {
        title: 'Choose the folder to keep your journal in as markdown',
        buttonLabel: 'Use this folder',
      });
      if (chosen === null) return { status: 'cancelled' };
      try {
        await mirror.choose(chosen);
      } catch (error) {
        return { status: 'failed', message: describeFsError(error) };
      }
      return { status: 'on', folder: chosen };
    },

    async stopLiveFolder() {
      try {
        await mirror.choose(null);
      } catch (error) {
        return { status: 'failed', message: describeFsError(error) };
      }
      return { status: 'off' };
    },

    async writeLiveFolder(request, { sender }) {
      const folder = mirror.folder();
      if (folder === null) return { status: 'off' };
      try {
        const outcome = await mirror.write(request);
        const session = sessions.add(sender, outcome.root, folder, outcome.conflicts, request.full);
        return {
          status: 'saved',
          location: folder,
          written: outcome.written,
          unchanged: outcome.unchanged,
          removed: outcome.removed,
          conflicts: session ? sessions.list(session) : [],
          session: session?.id ?? null,
          warnings: outcome.warnings,
        };
      } catch (error) {
        return exportFailure(error, folder);
      }
    },

    async readLiveChanges() {
      const folder = mirror.folder();
      if (folder === null) return { status: 'failed', message: OFF };
      try {
        const { files, refused } = await mirror.readChanges();
        return { status: 'loaded', source: folder, files, refused };
      } catch (error) {
        return { status: 'failed', message: `The changed files could not be read: ${describeReadError(error)}` };
      }
    },

    async settleLiveChanges({ taken }) {
      if (mirror.folder() === null) return { status: 'failed', message: OFF };
      try {
        return { status: 'done', ...(await mirror.settle(taken)) };
      } catch (error) {
        return { status: 'failed', message: `${describeStop(error)} The folder’s files are as they were.` };
      }
    },
  };
}
