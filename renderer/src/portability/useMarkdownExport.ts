import { useCallback, useRef, useState } from 'react';
import type { ExportConflict, ExportMarkdownResponse, ExportProgress } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { loadExportRequest, recordBackup, type DateRange } from '../data/portabilityRepository';
import { failureMessage, plural } from './failureMessage';

/** While working, `days` is null until the days are read, and `progress` until main first reports. */
export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; days: number | null; progress: ExportProgress | null; cancelling: boolean }
  | {
      status: 'done';
      message: string;
      /** Notes that did not stop the export, such as a damaged record of what Forkcast wrote. */
      warnings: string[];
      /** Files the export left alone, to resolve under `session`. */
      conflicts: ExportConflict[];
      session: string | null;
    }
  /** Writing stopped part-way: every file is whole, and `notWritten` names those still as they were. */
  | { status: 'stopped'; message: string; notWritten: string[] }
  | { status: 'failed'; message: string };

const CANCELLED_MESSAGE = 'Export cancelled; nothing half-written was left behind.';

const finished = (message: string): ExportState => ({
  status: 'done',
  message,
  warnings: [],
  conflicts: [],
  session: null,
});

function describeStopped(response: Extract<ExportMarkdownResponse, { status: 'partial' }>): string {
  const total = response.written + response.notWritten.length;
  return `The export stopped part-way: ${response.message} ${response.written.toLocaleString('en')} of ${plural(total, 'file')} were written; the other ${response.notWritten.length.toLocaleString('en')} still hold what they held before, or do not exist yet. No file is half-written.`;
}

function describeSaved(response: Extract<ExportMarkdownResponse, { status: 'saved' }>, days: number): string {
  const { written, unchanged, conflicts } = response;
  const files =
    unchanged || conflicts.length
      ? ` ${plural(written, 'file')} written, ${plural(unchanged, 'file')} already up to date${conflicts.length ? `, ${plural(conflicts.length, 'file')} left alone` : ''}.`
      : '';
  return `Exported ${plural(days, 'day')} to ${response.location}.${files}`;
}

/** Exports everything, or a date range, as markdown, with progress and Cancel, and remembers it as a backup. */
export function useMarkdownExport(): {
  state: ExportState;
  run: (range: DateRange | null) => Promise<void>;
  cancel: () => Promise<void>;
} {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  // Told apart from a closed folder dialog, which also answers 'cancelled' but needs no message.
  const cancelAsked = useRef(false);

  const run = useCallback(async (range: DateRange | null) => {
    cancelAsked.current = false;
    setState({ status: 'working', days: null, progress: null, cancelling: false });
    let unsubscribe = () => {};
    try {
      const request = await loadExportRequest(range);
      const days = request.entries.length;
      if (days === 0) {
        setState({
          status: 'failed',
          message: range ? 'There are no days in that range.' : 'There are no days to export yet.',
        });
        return;
      }
      setState({ status: 'working', days, progress: null, cancelling: false });
      unsubscribe = bridge.onExportProgress((progress) =>
        setState((current) => (current.status === 'working' ? { ...current, progress } : current)),
      );
      const response = await bridge.exportMarkdown(request);
      if (response.status === 'saved') {
        await recordBackup();
        const { warnings, conflicts, session } = response;
        setState({ status: 'done', message: describeSaved(response, days), warnings, conflicts, session });
      } else if (response.status === 'partial') {
        setState({ status: 'stopped', message: describeStopped(response), notWritten: response.notWritten });
      } else if (response.status === 'failed') {
        setState({ status: 'failed', message: response.message });
      } else {
        setState(cancelAsked.current ? finished(CANCELLED_MESSAGE) : { status: 'idle' });
      }
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'The export') });
    } finally {
      unsubscribe();
    }
  }, []);

  const cancel = useCallback(async () => {
    const setCancelling = (cancelling: boolean) => {
      cancelAsked.current = cancelling;
      setState((current) => (current.status === 'working' ? { ...current, cancelling } : current));
    };
    setCancelling(true);
    try {
      // Whatever it answers, the export's own answer follows and settles the state.
      await bridge.cancelExport();
    } catch {
      setCancelling(false);
    }
  }, []);

  return { state, run, cancel };
}
