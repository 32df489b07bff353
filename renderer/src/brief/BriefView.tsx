import type { LocalDate } from '../../../shared';
import { resolveRange } from '../../../shared/trends';
import { RangePicker } from '../trends/RangePicker';
import '../trends/trends.css';
import { useRangeChoice } from '../trends/useRangeChoice';
import { useTrends } from '../trends/useTrends';
import './brief.css';
import { BriefSections } from './BriefSections';
import { useBriefExport } from './useBriefExport';
import { TrendsStatus } from '../trends/TrendsStatus';
import { useAppInfo } from '../hooks/useAppInfo';
import { useDecisionPlan } from '../decision/useDecisionPlan';

interface Props {
  today: LocalDate;
}

/** The one-page decision brief for the range chosen here or in Trends, with markdown and PDF export. */
export function BriefView({ today }: Props) {
  const [choice, setChoice] = useRangeChoice();
  const trends = useTrends(resolveRange(choice, today));
  const data = trends.status === 'ready' ? trends.data : null;
  const plan = useDecisionPlan();
  const decisionDate = plan?.decisionDate ?? null;
  const decided = plan?.record ?? null;
  const { state, saveMarkdown, savePdf } = useBriefExport(data, today, decisionDate, decided);
  const inBrowser = useAppInfo()?.mode === 'browser';
  const busy = !data || (trends.status === 'ready' && trends.stale) || state.status === 'working';

  return (
    <div className="page brief">
      <div className="page-header brief-toolbar no-print">
        <RangePicker choice={choice} today={today} onChange={setChoice} />
        <div className="row">
          <button type="button" className="primary" disabled={busy} onClick={saveMarkdown}>
            Save as markdown
          </button>
          <button type="button" disabled={busy} onClick={savePdf}>
            Save as PDF
          </button>
        </div>
        {inBrowser && (
          <p className="muted">
            In a browser, Save as PDF opens the print dialog: choose “Save as PDF” as its destination to keep the brief
            as a file.
          </p>
        )}
        <p role="status" className={state.status === 'failed' ? 'error-text' : 'muted'}>
          {state.status === 'done' || state.status === 'failed' ? state.message : ''}
        </p>
      </div>
      <TrendsStatus trends={trends} />
      {data && <BriefSections data={data} today={today} decisionDate={decisionDate} decided={decided} />}
    </div>
  );
}
