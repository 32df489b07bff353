import { randomUUID } from 'node:crypto';
import type { WebContents } from 'electron';
import type { ExportConflict } from '../../shared/bridge';
import type { ConflictingFile } from '../markdown/folderFiles';

/** One export's open conflicts in one window: the folder, and each file with Forkcast's version of it. */
export interface ConflictSession {
  id: string;
  root: string;
  /** The folder as the user picked it, for messages. */
  location: string;
  open: Map<string, ConflictingFile>;
}

/** The conflict as the renderer sees it: without Forkcast's text, which stays in main. */
export const withoutText = ({ mine: _mine, ...conflict }: ConflictingFile): ExportConflict => conflict;

/**
 * The conflicts of each window's latest export, so the conflict verbs can act
 * on them without the renderer ever naming a folder: it names the session
 * and paths, and main resolves them to what it kept. A new export in the
 * window replaces its session; a closed window's is dropped with it.
 */
export function createConflictSessions() {
  const bySender = new WeakMap<WebContents, ConflictSession>();
  return {
    /** Starts the window's session for an export's conflicts; null (and none kept) when there are none. */
    start(sender: WebContents, root: string, location: string, conflicts: readonly ConflictingFile[]): string | null {
      if (conflicts.length === 0) {
        bySender.delete(sender);
        return null;
      }
      const session = { id: randomUUID(), root, location, open: new Map(conflicts.map((file) => [file.path, file])) };
      bySender.set(sender, session);
      return session.id;
    },
    /**
     * Adds a live-folder write's conflicts to the window's session when it is
     * for the same folder (a file in it again replaces its earlier entry), or
     * starts one; with no conflicts an unrelated session is kept as it is.
     * `complete` says these are all the folder's conflicts (a full write), so
     * earlier ones no longer listed are settled.
     */
    add(
      sender: WebContents,
      root: string,
      location: string,
      conflicts: readonly ConflictingFile[],
      complete: boolean,
    ): ConflictSession | null {
      const current = bySender.get(sender);
      if (current?.root === root) {
        if (complete) current.open.clear();
        for (const file of conflicts) current.open.set(file.path, file);
        return current;
      }
      if (conflicts.length === 0) return null;
      const session = { id: randomUUID(), root, location, open: new Map(conflicts.map((file) => [file.path, file])) };
      bySender.set(sender, session);
      return session;
    },
    /** Forgets the window's session, say when an export stops part-way. */
    end(sender: WebContents): void {
      bySender.delete(sender);
    },
    get(sender: WebContents, id: string): ConflictSession | null {
      const session = bySender.get(sender);
      return session?.id === id ? session : null;
    },
    /** The session's open conflicts, by path, as the renderer sees them. */
    list(session: ConflictSession): ExportConflict[] {
      return [...session.open.values()]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map(withoutText);
    },
  };
}

export type ConflictSessions = ReturnType<typeof createConflictSessions>;
