import { useId, useState, type ReactNode } from 'react';
import type { LocalDate } from '../../../shared';
import type { PixelDays } from '../../../shared/trends';
import { DayList } from './DayList';
import type { DaySelection } from './daySelection';

interface Props {
  title: string;
  /** Spans the whole row rather than sharing it. */
  wide?: boolean;
  /** One line in words on how to read the chart. */
  description: string;
  /** Drawn only when its turn comes (see useStaggeredReveal), so no single task draws every chart. */
  showChart: boolean;
  /** Shown instead of chart and table when there is nothing to draw. */
  empty: string | null;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
  /** Extra controls beside the title, e.g. the year switcher. */
  actions?: ReactNode;
  selection: DaySelection | null;
  onSelect: (selection: DaySelection | null) => void;
  days: PixelDays;
  onOpenDay: (date: LocalDate) => void;
}

/** A chart's frame: title, how to read it, a "Show as table" toggle and the list of days clicked. */
export function ChartCard(props: Props) {
  const {
    title,
    wide = false,
    description,
    showChart,
    empty,
    chart,
    table,
    legend,
    actions,
    selection,
    onSelect,
  } = props;
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className={`card chart-card${wide ? ' wide' : ''}`} aria-labelledby={headingId}>
      <div className="chart-card-header">
        <h2 id={headingId}>{title}</h2>
        {actions}
        {empty === null && (
          <button type="button" className="no-print" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
        )}
      </div>
      <p className="muted chart-description">{description}</p>
      {empty !== null ? (
        <p className="chart-empty">{empty}</p>
      ) : asTable ? (
        <div className="chart-table">{table}</div>
      ) : (
        <>
          {legend}
          {showChart ? chart : <div className="chart-placeholder" aria-hidden="true" />}
        </>
      )}
      {selection && (
        <DayList
          key={selection.title}
          selection={selection}
          days={props.days}
          onOpenDay={props.onOpenDay}
          onClose={() => onSelect(null)}
        />
      )}
    </section>
  );
}
