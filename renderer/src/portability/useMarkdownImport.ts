import { useCallback, useState } from 'react';
import {
  planImport,
  resolveImport,
  type ConflictChoice,
  type CustomActivity,
  type ImportPreview,
  type LocalDate,
} from '../../../shared';
import { bridge } from '../bridge/bridge';
import { applyImport, loadJournal } from '../data/portabilityRepository';
import { failureMessage, plural } from './failureMessage';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'preview'; source: string; preview: ImportPreview; customActivities: CustomActivity[] }
  | { status: 'applying' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

export interface MarkdownImport {
  state: ImportState;
  /** Keep mine or take theirs, per conflicting day; a day not in here keeps mine. */
  choices: ReadonlyMap<LocalDate, ConflictChoice>;
  start: () => Promise<void>;
  choose: (date: LocalDate, choice: ConflictChoice) => void;
  chooseAll: (choice: ConflictChoice) => void;
  apply: () => Promise<void>;
  discard: () => void;
}

/** Reads markdown through the bridge, previews it against the journal, and applies it all or nothing. */
export function useMarkdownImport(): MarkdownImport {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [choices, setChoices] = useState<ReadonlyMap<LocalDate, ConflictChoice>>(new Map());

  const start = useCallback(async () => {
    setState({ status: 'reading' });
    setChoices(new Map());
    try {
      const response = await bridge.importMarkdown();
      if (response.status === 'cancelled') return setState({ status: 'idle' });
      if (response.status === 'failed') return setState({ status: 'failed', message: response.message });
      const journal = await loadJournal();
      const preview = planImport({
        files: response.files,
        refused: response.refused,
        current: journal.entries,
        now: new Date(),
      });
      setState({ status: 'preview', source: response.source, preview, customActivities: journal.customActivities });
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'Reading the files') });
    }
  }, []);

  const choose = useCallback((date: LocalDate, choice: ConflictChoice) => {
    setChoices((current) => new Map(current).set(date, choice));
  }, []);

  const chooseAll = useCallback(
    (choice: ConflictChoice) => {
      if (state.status !== 'preview') return;
      setChoices(new Map(state.preview.conflicts.map((day) => [day.date, choice])));
    },
    [state],
  );

  const apply = useCallback(async () => {
    if (state.status !== 'preview') return;
    const { preview, customActivities } = state;
    const write = resolveImport(preview, choices, customActivities, new Date());
    setState({ status: 'applying' });
    try {
      await applyImport(write);
      const replaced = write.expected.filter((day) => day.revision !== null).length;
      const skipped = preview.problems.length + preview.duplicates.reduce((sum, day) => sum + day.files.length, 0);
      const parts = [
        `Imported ${plural(write.entries.length, 'day')}${replaced ? `, replacing ${plural(replaced, 'day')} in your journal` : ''}.`,
      ];
      if (skipped) parts.push(`${plural(skipped, 'file')} with problems ${skipped === 1 ? 'was' : 'were'} skipped.`);
      setState({ status: 'done', message: parts.join(' ') });
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'The import') });
    }
  }, [state, choices]);

  const discard = useCallback(() => setState({ status: 'idle' }), []);

  return { state, choices, start, choose, chooseAll, apply, discard };
}
