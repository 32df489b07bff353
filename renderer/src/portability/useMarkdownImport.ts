import { useCallback, useRef, useState } from 'react';
import {
  filesTaken,
  resolveImport,
  type ConflictChoice,
  type CustomActivity,
  type ImportMarkdownResponse,
  type ImportPreview,
  type LocalDate,
} from '../../../shared';
import { bridge } from '../bridge/bridge';
import { applyImport } from '../data/portabilityRepository';
import { failureMessage, plural } from './failureMessage';
import { useConflictChoices } from './useConflictChoices';
import { previewImport } from './previewImport';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'preview'; source: string; preview: ImportPreview; customActivities: CustomActivity[] }
  | { status: 'applying' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

export interface MarkdownImportOptions {
  /** Where the files come from; the folder or zip the user picks, unless told otherwise. */
  load?: () => Promise<ImportMarkdownResponse>;
  /**
   * Runs once the days are written, with the files whose content is now in
   * the journal; what it returns is added to the message.
   */
  afterApply?: (taken: string[]) => Promise<string | null>;
}

export interface MarkdownImport {
  state: ImportState;
  /** Keep mine or take theirs, per conflicting day; a day not in here keeps mine. */
  choices: ReadonlyMap<LocalDate, ConflictChoice>;
  start: () => Promise<void>;
  /** Stops reading the files; nothing has been written then. */
  cancel: () => void;
  choose: (date: LocalDate, choice: ConflictChoice) => void;
  chooseAll: (choice: ConflictChoice) => void;
  apply: () => Promise<void>;
  discard: () => void;
}

/** Reads markdown, previews it against the journal, and applies it all or nothing. */
export function useMarkdownImport({ load, afterApply }: MarkdownImportOptions = {}): MarkdownImport {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const { choices, choose, chooseAll: chooseAllOf, reset: resetChoices } = useConflictChoices();
  const reading = useRef<AbortController | null>(null);

  const start = useCallback(async () => {
    const controller = new AbortController();
    reading.current = controller;
    setState({ status: 'reading' });
    resetChoices();
    try {
      const response = await (load ?? bridge.importMarkdown)();
      if (controller.signal.aborted || response.status === 'cancelled') return setState({ status: 'idle' });
      if (response.status === 'failed') return setState({ status: 'failed', message: response.message });
      const { preview, customActivities } = await previewImport(response, controller.signal);
      setState({ status: 'preview', source: response.source, preview, customActivities });
    } catch (error) {
      if (controller.signal.aborted) return setState({ status: 'idle' });
      setState({ status: 'failed', message: failureMessage(error, 'Reading the files') });
    } finally {
      if (reading.current === controller) reading.current = null;
    }
  }, [load, resetChoices]);

  const cancel = useCallback(() => {
    reading.current?.abort(new DOMException('The import was cancelled.', 'AbortError'));
  }, []);

  const chooseAll = useCallback(
    (choice: ConflictChoice) => {
      if (state.status === 'preview') chooseAllOf(state.preview, choice);
    },
    [state, chooseAllOf],
  );

  const apply = useCallback(async () => {
    if (state.status !== 'preview') return;
    const { preview, customActivities } = state;
    const write = resolveImport(preview, choices, customActivities, new Date());
    setState({ status: 'applying' });
    try {
      await applyImport(write);
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'The import') });
      return;
    }
    const replaced = write.expected.filter((day) => day.revision !== null).length;
    const skipped = preview.problems.length + preview.duplicates.reduce((sum, day) => sum + day.files.length, 0);
    const reviews = write.reviews?.length ?? 0;
    const parts = [
      write.entries.length === 0 && preview.flatEdits.length > 0
        ? 'No day was imported: each keeps what its activities list says.'
        : write.entries.length === 0 && reviews === 0 && !write.decision
          ? 'Nothing was taken into your journal.'
          : `Imported ${plural(write.entries.length, 'day')}${replaced ? `, replacing ${plural(replaced, 'day')} in your journal` : ''}.`,
    ];
    if (write.decision) parts.push('The decision plan was imported.');
    if (reviews) parts.push(`Imported ${plural(reviews, 'weekly review')}.`);
    if (skipped) parts.push(`${plural(skipped, 'file')} with problems ${skipped === 1 ? 'was' : 'were'} skipped.`);
    try {
      const more = await afterApply?.(filesTaken(preview, choices));
      if (more) parts.push(more);
    } catch (error) {
      parts.push(failureMessage(error, 'Updating the folder’s record'));
    }
    setState({ status: 'done', message: parts.join(' ') });
  }, [state, choices, afterApply]);

  const discard = useCallback(() => setState({ status: 'idle' }), []);

  return { state, choices, start, cancel, choose, chooseAll, apply, discard };
}
