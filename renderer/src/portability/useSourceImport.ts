import { useCallback, useRef, useState } from 'react';
import {
  defaultMapping,
  resolveImport,
  type ConflictChoice,
  type DayKind,
  type ImportMapping,
  type ImportPreview,
  type LocalDate,
  type PathLean,
  type SourceKind,
} from '../../../shared';
import { applyImport, loadJournal } from '../data/portabilityRepository';
import { failureMessage, plural } from './failureMessage';
import { useConflictChoices } from './useConflictChoices';
import type { PickedSourceFile, SourceProgress } from './sourceProtocol';
import { sourcePreview, type SourceSnapshot } from './sourcePreview';
import { readSourceOffThread } from './sourceWorkerClient';

export type SourceImportState =
  | { status: 'idle' }
  | { status: 'reading'; progress: SourceProgress | null }
  | { status: 'preview'; source: SourceKind; snapshot: SourceSnapshot; mapping: ImportMapping; preview: ImportPreview }
  | { status: 'applying' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

export interface SourceImport {
  state: SourceImportState;
  choices: ReadonlyMap<LocalDate, ConflictChoice>;
  start: (files: PickedSourceFile[], dailyNoteFormat: string) => Promise<void>;
  cancel: () => void;
  mapMood: (mood: string, kind: DayKind | null) => void;
  mapActivity: (activity: string, lean: PathLean) => void;
  choose: (date: LocalDate, choice: ConflictChoice) => void;
  chooseAll: (choice: ConflictChoice) => void;
  apply: () => Promise<void>;
  discard: () => void;
}

/**
 * Imports from another journal app: reads the pick off the page, previews
 * it against the journal under a mapping the user can change, and applies
 * it all or nothing, as the markdown import does.
 */
export function useSourceImport(): SourceImport {
  const [state, setState] = useState<SourceImportState>({ status: 'idle' });
  const { choices, choose, chooseAll: chooseAllOf, reset: resetChoices } = useConflictChoices();
  const reading = useRef<AbortController | null>(null);

  const start = useCallback(
    async (files: PickedSourceFile[], dailyNoteFormat: string) => {
      if (files.length === 0) return;
      const controller = new AbortController();
      reading.current = controller;
      setState({ status: 'reading', progress: null });
      resetChoices();
      try {
        const parse = await readSourceOffThread(files, dailyNoteFormat, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (!controller.signal.aborted) setState({ status: 'reading', progress });
          },
        });
        const journal = await loadJournal();
        controller.signal.throwIfAborted();
        const snapshot: SourceSnapshot = {
          parse,
          journal: new Map(journal.entries.map((entry) => [entry.date, entry])),
          customActivities: journal.customActivities,
        };
        const mapping = defaultMapping(parse);
        const preview = sourcePreview(snapshot, mapping, new Date());
        setState({ status: 'preview', source: parse.source, snapshot, mapping, preview });
      } catch (error) {
        if (controller.signal.aborted) return setState({ status: 'idle' });
        const message =
          error instanceof Error && error.message ? error.message : failureMessage(error, 'Reading the files');
        setState({ status: 'failed', message });
      } finally {
        if (reading.current === controller) reading.current = null;
      }
    },
    [resetChoices],
  );

  const cancel = useCallback(() => {
    reading.current?.abort(new DOMException('The import was cancelled.', 'AbortError'));
  }, []);

  const remap = useCallback((change: (mapping: ImportMapping) => ImportMapping) => {
    setState((current) => {
      if (current.status !== 'preview') return current;
      const mapping = change(current.mapping);
      return { ...current, mapping, preview: sourcePreview(current.snapshot, mapping, new Date()) };
    });
  }, []);

  const mapMood = useCallback(
    (mood: string, kind: DayKind | null) =>
      remap((mapping) => ({ ...mapping, moods: { ...mapping.moods, [mood]: kind } })),
    [remap],
  );
  const mapActivity = useCallback(
    (activity: string, lean: PathLean) =>
      remap((mapping) => ({ ...mapping, activities: { ...mapping.activities, [activity]: lean } })),
    [remap],
  );

  const chooseAll = useCallback(
    (choice: ConflictChoice) => {
      if (state.status === 'preview') chooseAllOf(state.preview, choice);
    },
    [state, chooseAllOf],
  );

  const apply = useCallback(async () => {
    if (state.status !== 'preview') return;
    const { preview, snapshot } = state;
    const write = resolveImport(preview, choices, snapshot.customActivities, new Date());
    setState({ status: 'applying' });
    try {
      await applyImport(write);
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'The import') });
      return;
    }
    const added = write.expected.filter((day) => day.revision !== null).length;
    const parts = [
      `Imported ${plural(write.entries.length - added, 'new day')}${added ? `, and added to ${plural(added, 'day')} already in your journal` : ''}.`,
    ];
    if (write.customActivities.length)
      parts.push(`${plural(write.customActivities.length, 'activity', 'activities')} added.`);
    if (preview.problems.length) {
      parts.push(
        `${plural(preview.problems.length, 'file or entry', 'files or entries')} with problems ${preview.problems.length === 1 ? 'was' : 'were'} skipped.`,
      );
    }
    setState({ status: 'done', message: parts.join(' ') });
  }, [state, choices]);

  const discard = useCallback(() => setState({ status: 'idle' }), []);

  return { state, choices, start, cancel, mapMood, mapActivity, choose, chooseAll, apply, discard };
}
