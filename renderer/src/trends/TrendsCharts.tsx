import { useCallback, useMemo, useState } from 'react';
import type { LocalDate } from '../../../shared';
import { DEFAULT_THRESHOLDS } from '../../../shared/analysis';
import { worstHourSentence } from '../../../shared/brief';
import { periodTitle, pixelYears, type TrendsData } from '../../../shared/trends';
import { ActivityChart, ActivityLegend } from './charts/ActivityChart';
import { ActivityTable, KindsTable, LeanTable, PixelsTable, TimingTable, WorstHourTable } from './charts/ChartTables';
import { DayKindsChart, DayKindsLegend } from './charts/DayKindsChart';
import { LeanChart } from './charts/LeanChart';
import { PixelsLegend, YearPicker } from './charts/PixelsExtras';
import { TimingChart } from './charts/TimingChart';
import { barTitle, WorstHourChart, WorstHourLegend, worstHourBars } from './charts/WorstHourChart';
import { YearPixels } from './charts/YearPixels';
import { ChartCard } from './ChartCard';
import type { DaySelection } from './daySelection';
import { useStaggeredReveal } from './useStaggeredReveal';

type ChartId = 'lean' | 'kinds' | 'activities' | 'timing' | 'worstHour' | 'pixels';
const CHARTS = 6;

interface Props {
  data: TrendsData;
  onOpenDay: (date: LocalDate) => void;
}

/** The six charts of the Trends view, drawn one after another, with one list of clicked days open at a time. */
export function TrendsCharts({ data, onOpenDay }: Props) {
  const shown = useStaggeredReveal(CHARTS);
  const [selected, setSelected] = useState<{ chart: ChartId; selection: DaySelection } | null>(null);
  const years = useMemo(() => pixelYears(data.days), [data.days]);
  const worstHour = useMemo(() => worstHourBars(data.worstDay), [data.worstDay]);
  const [pickedYear, setYear] = useState<number | null>(null);
  const year =
    pickedYear !== null && years.includes(pickedYear) ? pickedYear : (years[0] ?? Number(data.range.to.slice(0, 4)));
  const select = useCallback(
    (chart: ChartId) => (selection: DaySelection | null) => setSelected(selection ? { chart, selection } : null),
    [],
  );

  // The same chart elements across renders let React skip charts that did not change: revealing the
  // fifth chart, or opening a list of days, must not redraw the other four.
  const charts = useMemo(
    () => ({
      lean: (
        <LeanChart
          rows={data.periods}
          marks={data.experiments}
          onSelectRow={(row) => select('lean')({ title: periodTitle(row), dates: row.dates })}
        />
      ),
      kinds: (
        <DayKindsChart
          rows={data.periods}
          onSelectRow={(row) => select('kinds')({ title: periodTitle(row), dates: row.dates })}
        />
      ),
      activities: (
        <ActivityChart
          rows={data.activities}
          onSelectRow={(row) => select('activities')({ title: row.label, dates: row.dates })}
        />
      ),
      timing: (
        <TimingChart
          rows={data.timing}
          onSelectRow={(row) => select('timing')({ title: row.label, dates: row.dates })}
        />
      ),
      worstHour: (
        <WorstHourChart
          bars={worstHour}
          onSelectRow={(bar) => select('worstHour')({ title: barTitle(bar), dates: bar.share.dates })}
        />
      ),
    }),
    [data, select, worstHour],
  );
  const pixels = useMemo(
    () => <YearPixels year={year} days={data.days} range={data.range} onOpenDay={onOpenDay} />,
    [year, data.days, data.range, onOpenDay],
  );

  const per = data.granularity;
  const smoothing =
    per === 'week' ? `${DEFAULT_THRESHOLDS.smoothingWeeks} weeks` : `${DEFAULT_THRESHOLDS.smoothingMonths} months`;
  const nothing = data.entries === 0 ? 'Nothing written in this range yet.' : null;
  const card = (chart: ChartId, order: number) => ({
    showChart: shown > order,
    selection: selected?.chart === chart ? selected.selection : null,
    onSelect: select(chart),
    days: data.days,
    onOpenDay,
  });

  return (
    <div className="trends-grid">
      <ChartCard
        {...card('lean', 0)}
        wide
        title={`Your lean, ${per} by ${per}`}
        description={`Each dot is one ${per}'s lean, with its plausible range shaded; a dot takes a path's colour only when its range excludes zero, and a ${per} with one kind of work only has none. The line smooths over ${smoothing}. Above zero, system work felt better (architecture); below, people work did (management).${data.experiments.length > 0 ? ' Dashed shading marks your experiments.' : ''}`}
        empty={nothing}
        chart={charts.lean}
        table={<LeanTable rows={data.periods} onSelect={select('lean')} />}
      />
      <ChartCard
        {...card('kinds', 1)}
        wide
        title={`Good, mixed and bad days per ${per}`}
        description={`How each ${per} went, by the day kind you chose.`}
        empty={nothing}
        legend={<DayKindsLegend />}
        chart={charts.kinds}
        table={<KindsTable rows={data.periods} onSelect={select('kinds')} />}
      />
      <ChartCard
        {...card('timing', 2)}
        title="Good days by when you joined the conversation"
        description="Share of rated days that were good, by the stage at which you joined the day's main conversation; whiskers show the plausible range."
        empty={data.timing.every((row) => row.days === 0) ? 'No rated days with a timing in this range yet.' : null}
        chart={charts.timing}
        table={<TimingTable rows={data.timing} onSelect={select('timing')} />}
      />
      <ChartCard
        {...card('worstHour', 3)}
        title="The worst-hour test"
        description="On bad days: if most days were like today’s worst hour, would you still take the role? How often you answered yes, not sure and no for each role; whiskers show the plausible range."
        empty={
          data.worstDay.management.answered + data.worstDay.architecture.answered === 0
            ? worstHourSentence(data.worstDay)
            : null
        }
        legend={<WorstHourLegend />}
        chart={charts.worstHour}
        table={<WorstHourTable rows={worstHour} onSelect={select('worstHour')} />}
      />
      <ChartCard
        {...card('activities', 4)}
        wide
        title="Activities by how they felt"
        description="Average feel of each activity, from drained (left) to energised (right), with the days behind it and its plausible range. A bar is filled only when its whole range is on one side of neutral."
        empty={data.activities.length === 0 ? 'No activities logged in this range yet.' : null}
        legend={<ActivityLegend />}
        chart={charts.activities}
        table={<ActivityTable rows={data.activities} onSelect={select('activities')} />}
      />
      <ChartCard
        {...card('pixels', 5)}
        wide
        title={`Year in pixels: ${year}`}
        description="Every day of the year: the letter is the day kind, the bar at the foot of a day is its energy. Click a day to open it."
        empty={nothing}
        actions={<YearPicker years={years} year={year} onChange={setYear} />}
        legend={<PixelsLegend />}
        chart={pixels}
        table={<PixelsTable year={year} days={data.days} onSelect={select('pixels')} />}
      />
    </div>
  );
}
