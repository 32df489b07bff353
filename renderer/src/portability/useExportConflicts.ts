import { useCallback, useRef, useState } from 'react';
import type { ConflictActionResponse, ExportConflict } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { failureMessage, plural } from './failureMessage';
import { useMarkdownImport, type MarkdownImport } from './useMarkdownImport';

/** What to do with one file the export left alone; 'leave' (the default) does nothing. */
export type ConflictAction = 'leave' | 'theirs' | 'mine';

export interface ExportConflicts {
  conflicts: readonly ExportConflict[];
  choices: ReadonlyMap<string, ConflictAction>;
  choose: (path: string, action: ConflictAction) => void;
  chooseAll: (action: Exclude<ConflictAction, 'leave'>) => void;
  /** Overwrites the files chosen "mine", then opens the import preview for those chosen "theirs". */
  apply: () => Promise<void>;
  busy: boolean;
  message: string | null;
  /** The import of their changes, previewed like any import. */
  importer: MarkdownImport;
}

/**
 * The files an export left alone, and the user's way through them: overwrite
 * with the journal's version, or take their change into the journal through
 * the import preview, after which Forkcast may update those files on the next
 * export. Every action goes through main by session and path; main checks
 * each file is still as the user saw it.
 */
export function useExportConflicts(session: string, initial: readonly ExportConflict[]): ExportConflicts {
  const [conflicts, setConflicts] = useState<readonly ExportConflict[]>(initial);
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictAction>>(new Map());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** The files whose change is being imported. */
  const taking = useRef<string[]>([]);

  /** Takes main's answer: the conflicts still open replace the list, and choices for the rest are dropped. */
  const settle = useCallback((response: ConflictActionResponse, did: (count: number) => string): string => {
    if (response.status === 'failed') return response.message;
    setConflicts(response.conflicts);
    const open = new Set(response.conflicts.map((conflict) => conflict.path));
    setChoices((current) => new Map([...current].filter(([path]) => open.has(path))));
    return [did(response.done), response.problem].filter(Boolean).join(' ');
  }, []);

  const importer = useMarkdownImport({
    load: () => bridge.readConflictFiles({ session, paths: taking.current }),
    afterApply: async (taken) => {
      const asked = new Set(taking.current);
      const paths = taken.filter((path) => asked.has(path));
      if (paths.length === 0) return null;
      const response = await bridge.recordConflictsTaken({ session, paths });
      return settle(response, (count) =>
        count > 0 ? `The next export will update ${plural(count, 'file')} in the folder to match.` : '',
      );
    },
  });

  const choose = useCallback((path: string, action: ConflictAction) => {
    setChoices((current) => new Map(current).set(path, action));
  }, []);

  const chooseAll = useCallback(
    (action: Exclude<ConflictAction, 'leave'>) => {
      // index.md holds no day, so there is no change of theirs to take: it stays as it is.
      setChoices(
        new Map(
          conflicts.map((conflict) => [
            conflict.path,
            action === 'theirs' && conflict.date === null ? 'leave' : action,
          ]),
        ),
      );
    },
    [conflicts],
  );

  const apply = useCallback(async () => {
    const chosen = (action: ConflictAction) =>
      conflicts.filter((conflict) => choices.get(conflict.path) === action).map((conflict) => conflict.path);
    const mine = chosen('mine');
    taking.current = chosen('theirs');
    setBusy(true);
    setMessage(null);
    try {
      if (mine.length > 0) {
        const response = await bridge.overwriteConflicts({ session, paths: mine });
        setMessage(settle(response, (count) => `Overwrote ${plural(count, 'file')} with your journal’s version.`));
      }
    } catch (error) {
      setMessage(failureMessage(error, 'Overwriting the files'));
    } finally {
      setBusy(false);
    }
    if (taking.current.length > 0) await importer.start();
  }, [conflicts, choices, session, settle, importer]);

  return { conflicts, choices, choose, chooseAll, apply, busy, message, importer };
}
