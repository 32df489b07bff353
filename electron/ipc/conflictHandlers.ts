import type { ConflictActionResponse, ConflictRequest } from '../../shared/bridge';
import type { ConflictActionResult } from '../markdown/conflictFiles';
import { describeStop, type ConflictingFile } from '../markdown/folderFiles';
import { describeReadError } from '../textFile';
import type { ConflictSession, ConflictSessions } from './conflictSessions';
import type { MarkdownFolderIo } from './markdownHandlers';
import type { HandlerContext, VerbHandlers } from './registerVerbs';

const STALE =
  'That list of files is out of date (a newer export replaced it, or Forkcast restarted). Export again to see which files differ.';

/** The session and its conflicts the request names, or the reason it cannot be acted on. */
function resolve(
  sessions: ConflictSessions,
  { session: id, paths }: ConflictRequest,
  { sender }: HandlerContext,
): { session: ConflictSession; chosen: ConflictingFile[] } | string {
  const session = sessions.get(sender, id);
  if (!session) return STALE;
  const chosen = paths.map((path) => session.open.get(path));
  if (chosen.some((file) => file === undefined)) {
    return 'Some of those files are not among this export’s conflicts. Export again to see which files differ.';
  }
  return { session, chosen: chosen as ConflictingFile[] };
}

/** Applies an action's outcome to the session: handled files leave it, files changed again stay with their new hash. */
function settle(
  sessions: ConflictSessions,
  session: ConflictSession,
  chosen: readonly ConflictingFile[],
  result: ConflictActionResult,
): ConflictActionResponse {
  for (const file of chosen) session.open.delete(file.path);
  for (const file of result.open) session.open.set(file.path, file);
  return { status: 'done', done: result.done, conflicts: sessions.list(session), problem: result.problem };
}

/** The verbs that resolve an export's conflicts: read their side, overwrite with ours, or record theirs as taken. */
export function createConflictHandlers(
  io: Pick<MarkdownFolderIo, 'readConflictFiles' | 'overwriteConflicts' | 'recordConflictsTaken'>,
  sessions: ConflictSessions,
): VerbHandlers<'readConflictFiles' | 'overwriteConflicts' | 'recordConflictsTaken'> {
  const act =
    (action: (root: string, files: readonly ConflictingFile[]) => Promise<ConflictActionResult>) =>
    async (request: ConflictRequest, context: HandlerContext): Promise<ConflictActionResponse> => {
      const found = resolve(sessions, request, context);
      if (typeof found === 'string') return { status: 'failed', message: found };
      try {
        return settle(sessions, found.session, found.chosen, await action(found.session.root, found.chosen));
      } catch (error) {
        return { status: 'failed', message: `${describeStop(error)} Nothing was changed.` };
      }
    };

  return {
    async readConflictFiles(request, context) {
      const found = resolve(sessions, request, context);
      if (typeof found === 'string') return { status: 'failed', message: found };
      try {
        const { files, refused, read } = await io.readConflictFiles(found.session.root, found.chosen);
        // Their side as read now is what "take their change" will be checked against.
        for (const file of read) found.session.open.set(file.path, file);
        return { status: 'loaded', source: found.session.location, files, refused };
      } catch (error) {
        return { status: 'failed', message: `The files could not be read: ${describeReadError(error)}` };
      }
    },
    overwriteConflicts: act((root, files) => io.overwriteConflicts(root, files)),
    recordConflictsTaken: act((root, files) => io.recordConflictsTaken(root, files)),
  };
}
