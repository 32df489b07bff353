import { useCallback, useState } from 'react';
import { paperForLocale, type LocalDate } from '../../../shared';
import { briefFileName, briefMarkdown, type DecidedOn } from '../../../shared/brief';
import type { TrendsData } from '../../../shared/trends';
import { bridge } from '../bridge/bridge';

export type BriefExportState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

type Response = Awaited<ReturnType<typeof bridge.printBriefToPdf>>;

/** Saves the brief as markdown or PDF through the bridge (a dialog in the app, a download or the print dialog in a browser). */
export function useBriefExport(
  data: TrendsData | null,
  today: LocalDate,
  decisionDate: LocalDate | null,
  decided: DecidedOn | null,
) {
  const [state, setState] = useState<BriefExportState>({ status: 'idle' });

  const run = useCallback(async (what: string, save: () => Promise<Response>) => {
    setState({ status: 'working' });
    try {
      const response = await save();
      if (response.status === 'saved') setState({ status: 'done', message: `${what} saved to ${response.location}.` });
      else if (response.status === 'failed') setState({ status: 'failed', message: response.message });
      // The browser's print dialog says nothing of what the user did there; BriefView says how to save from it.
      else setState({ status: 'idle' });
    } catch (error) {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      setState({ status: 'failed', message: `${what} could not be saved${detail}.` });
    }
  }, []);

  const saveMarkdown = useCallback(() => {
    if (!data) return;
    void run('The brief', () =>
      bridge.saveBrief({
        suggestedName: briefFileName(data, 'md'),
        text: briefMarkdown(data, today, decisionDate, decided),
      }),
    );
  }, [data, today, decisionDate, decided, run]);

  const savePdf = useCallback(() => {
    if (!data) return;
    const paper = paperForLocale(navigator.language);
    void run('The PDF', () => bridge.printBriefToPdf({ suggestedName: briefFileName(data, 'pdf'), paper }));
  }, [data, run]);

  return { state, saveMarkdown, savePdf };
}
