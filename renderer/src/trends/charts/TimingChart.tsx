import { useMemo } from 'react';
import { scaleBand, scaleLinear } from '@visx/vendor/d3-scale';
import type { TimingBar } from '../../../../shared/trends';
import { AxisBottom, AxisLeft } from './axes';
import { ChartFrame, ChartSvg } from './ChartFrame';
import { ratePercent } from './format';
import { columnAttributes, useChartColumns } from './useChartColumns';

interface Props {
  rows: readonly TimingBar[];
  onSelectRow: (row: TimingBar) => void;
}

const HEIGHT = 240;
const MARGIN = { top: 12, right: 12, bottom: 48, left: 44 };
const BAR_WIDTH = 56;
const CAP_WIDTH = 8;
const Y_TICKS = [0, 25, 50, 75, 100];

function tooltipLines(row: TimingBar): string[] {
  return [
    `Good on ${row.good} of ${row.days} days (${ratePercent(row.goodRate)})`,
    `Plausible range ${ratePercent(row.band[0])} to ${ratePercent(row.band[1])}`,
    `Mixed ${row.mixed} · bad ${row.bad}`,
  ];
}

const counts = (row: TimingBar) => (row.days === 0 ? 'no days' : `good on ${row.good} of ${row.days}`);

const columnLabel = (row: TimingBar) =>
  row.days === 0
    ? `${row.label}: no days`
    : `${row.label}: good on ${row.good} of ${row.days} days (${ratePercent(row.goodRate)})`;

/** Share of good days per conversation stage, with its plausible range as whiskers and the counts under each stage. */
export function TimingChart(props: Props) {
  return <ChartFrame className="timing-chart">{(width) => <TimingPlot {...props} width={width} />}</ChartFrame>;
}

function TimingPlot({ rows, onSelectRow, width }: Props & { width: number }) {
  const { hovered, tabStop, events } = useChartColumns(rows, onSelectRow);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = useMemo(
    () =>
      scaleBand(
        rows.map((row) => row.stage),
        [0, plotWidth],
      ),
    [rows, plotWidth],
  );
  const y = useMemo(() => scaleLinear([0, 100], [plotHeight, 0]), [plotHeight]);
  const slot = x.bandwidth();
  const centre = (row: TimingBar) => (x(row.stage) ?? 0) + slot / 2;
  const barWidth = Math.min(BAR_WIDTH, slot * 0.8);

  const columns = rows.map((row, index) => {
    const mid = centre(row);
    const rate = row.goodRate;
    const low = y(row.band[0] * 100);
    const high = y(row.band[1] * 100);
    return (
      <g key={row.stage} {...columnAttributes(index, tabStop, columnLabel(row))}>
        <rect className="chart-hit" x={x(row.stage)} width={slot} height={plotHeight} />
        {rate !== null && (
          <>
            <rect
              className="timing-bar"
              x={mid - barWidth / 2}
              y={y(rate * 100)}
              width={barWidth}
              height={plotHeight - y(rate * 100)}
            />
            <g className="timing-whisker">
              <line x1={mid} x2={mid} y1={low} y2={high} />
              <line x1={mid - CAP_WIDTH / 2} x2={mid + CAP_WIDTH / 2} y1={low} y2={low} />
              <line x1={mid - CAP_WIDTH / 2} x2={mid + CAP_WIDTH / 2} y1={high} y2={high} />
            </g>
          </>
        )}
      </g>
    );
  });

  return (
    <ChartSvg
      width={width}
      height={HEIGHT}
      margin={MARGIN}
      label="Share of good days by the stage at which you joined the conversation"
      events={events}
      tip={
        hovered && {
          index: hovered.index,
          x: centre(hovered.row),
          y: y((hovered.row.goodRate ?? 0) * 100),
          title: hovered.row.label,
          lines: tooltipLines(hovered.row),
          dates: hovered.row.dates,
        }
      }
    >
      {hovered && <rect className="chart-cursor" x={x(hovered.row.stage)} width={slot} height={plotHeight} />}
      <AxisLeft height={plotHeight} ticks={Y_TICKS.map((value) => ({ at: y(value), label: `${value}%` }))} />
      <AxisBottom
        top={plotHeight}
        width={plotWidth}
        ticks={rows.map((row) => ({ at: centre(row), label: row.label, caption: counts(row) }))}
        tickClassName="timing-tick"
        captionClassName="timing-caption"
      />
      {columns}
    </ChartSvg>
  );
}
