import { useCallback, useState } from 'react';
import type { ExportMarkdownResponse } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { loadExportRequest, recordBackup, type DateRange } from '../data/portabilityRepository';
import { failureMessage, plural } from './failureMessage';

export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; days: number | null }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

function describeSaved(response: Extract<ExportMarkdownResponse, { status: 'saved' }>, days: number): string {
  const files = response.unchanged
    ? ` ${plural(response.written, 'file')} written, ${plural(response.unchanged, 'file')} already up to date.`
    : '';
  return `Exported ${plural(days, 'day')} to ${response.location}.${files}`;
}

/** Exports everything, or a date range, as markdown, and remembers it as a backup. */
export function useMarkdownExport(): { state: ExportState; run: (range: DateRange | null) => Promise<void> } {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const run = useCallback(async (range: DateRange | null) => {
    setState({ status: 'working', days: null });
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
      setState({ status: 'working', days });
      const response = await bridge.exportMarkdown(request);
      if (response.status === 'saved') {
        await recordBackup();
        setState({ status: 'done', message: describeSaved(response, days) });
      } else if (response.status === 'failed') {
        setState({ status: 'failed', message: response.message });
      } else {
        setState({ status: 'idle' });
      }
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'The export') });
    }
  }, []);
  return { state, run };
}
