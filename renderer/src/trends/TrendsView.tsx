import type { LocalDate } from '../../../shared';
import { rangeKey, resolveRange } from '../../../shared/trends';
import { DecisionCard } from '../decision/DecisionCard';
import { ExperimentsCard } from '../decision/ExperimentsCard';
import { HeadlineCard } from './HeadlineCard';
import { RangePicker } from './RangePicker';
import './trends.css';
import { TrendsCharts } from './TrendsCharts';
import { useRangeChoice } from './useRangeChoice';
import { useTrends } from './useTrends';
import { TrendsStatus } from './TrendsStatus';

interface Props {
  today: LocalDate;
  onOpenDay: (date: LocalDate) => void;
}

/** How the two paths compare over a chosen range: the headline, then five charts. */
export function TrendsView({ today, onOpenDay }: Props) {
  const [choice, setChoice] = useRangeChoice();
  const trends = useTrends(resolveRange(choice, today));

  return (
    <div className="page trends">
      <header className="page-header trends-header">
        <h1>Trends</h1>
        <RangePicker choice={choice} today={today} onChange={setChoice} />
      </header>
      <TrendsStatus trends={trends} />
      {trends.status === 'ready' && (
        <>
          <HeadlineCard data={trends.data} stale={trends.stale} />
          <DecisionCard today={today} data={trends.data} />
          <ExperimentsCard today={today} data={trends.data} stale={trends.stale} />
          {/* A new range draws its charts afresh, one by one, rather than all in one long task. */}
          <TrendsCharts key={rangeKey(trends.data.range)} data={trends.data} onOpenDay={onOpenDay} />
        </>
      )}
    </div>
  );
}
