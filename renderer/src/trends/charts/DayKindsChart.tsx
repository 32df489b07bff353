import { useMemo } from 'react';
import { scaleBand, scaleLinear } from '@visx/vendor/d3-scale';
import { periodTitle, type PeriodRow } from '../../../../shared/trends';
import { AxisBottom, AxisLeft, labelledRows } from './axes';
import { ChartFrame, ChartSvg } from './ChartFrame';
import { columnAttributes, useChartColumns } from './useChartColumns';

interface Props {
  rows: readonly PeriodRow[];
  onSelectRow: (row: PeriodRow) => void;
}

const HEIGHT = 240;
const MARGIN = { top: 8, right: 12, bottom: 34, left: 32 };
const KINDS = ['good', 'mixed', 'bad'] as const;
/** Part of each period's slot left empty on either side of its column. */
const GAP = 0.1;
/** About this many steps up the count axis, on round numbers. */
const Y_STEPS = 4;

const rated = (row: PeriodRow) => row.good + row.mixed + row.bad;

/**
 * Patterns so the three kinds differ by texture as well as colour: good is
 * solid, mixed striped, bad cross-hatched. Ids are fixed because the chart
 * appears once per page.
 */
function KindPatterns() {
  return (
    <defs>
      <pattern id="fc-kind-mixed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="pattern-mixed-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="pattern-mixed-line" />
      </pattern>
      <pattern id="fc-kind-bad" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pattern-bad-bg" />
        <path d="M0 0L6 6M6 0L0 6" className="pattern-bad-line" />
      </pattern>
    </defs>
  );
}

function tooltipLines(row: PeriodRow): string[] {
  const lines = [`G good ${row.good} · M mixed ${row.mixed} · B bad ${row.bad}`];
  if (row.unrated > 0) lines.push(`${row.unrated} without a day kind`);
  return lines;
}

const columnLabel = (row: PeriodRow) =>
  `${periodTitle(row)}: ${row.good} good, ${row.mixed} mixed, ${row.bad} bad` +
  (row.unrated > 0 ? `, ${row.unrated} without a day kind` : '');

/** Good, mixed and bad days per week (or month), stacked: good at the bottom, then mixed, then bad. */
export function DayKindsChart(props: Props) {
  return <ChartFrame className="kinds-chart">{(width) => <KindsPlot {...props} width={width} />}</ChartFrame>;
}

function KindsPlot({ rows, onSelectRow, width }: Props & { width: number }) {
  const { hovered, tabStop, events } = useChartColumns(rows, onSelectRow);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = useMemo(
    () =>
      scaleBand(
        rows.map((row) => row.key),
        [0, plotWidth],
      ),
    [rows, plotWidth],
  );
  const y = useMemo(
    () => scaleLinear([0, Math.max(1, ...rows.map(rated))], [plotHeight, 0]).nice(Y_STEPS),
    [rows, plotHeight],
  );
  const slot = x.bandwidth();
  const centre = (row: PeriodRow) => (x(row.key) ?? 0) + slot / 2;

  // Everything but the hover marks, so moving between columns redraws only those.
  const columns = useMemo(
    () =>
      rows.map((row, index) => {
        const left = x(row.key) ?? 0;
        let count = 0;
        const parts = KINDS.flatMap((kind) => {
          if (row[kind] === 0) return [];
          const top = y(count + row[kind]);
          const bottom = y(count);
          count += row[kind];
          return [
            <rect
              key={kind}
              className={`kind-part kind-part-${kind}`}
              x={left + slot * GAP}
              y={top}
              width={slot * (1 - 2 * GAP)}
              height={bottom - top}
            />,
          ];
        });
        return (
          <g key={row.key} {...columnAttributes(index, tabStop, columnLabel(row))}>
            <rect className="chart-hit" x={left} width={slot} height={plotHeight} />
            {parts.length > 0 && <g className="kinds-column">{parts}</g>}
          </g>
        );
      }),
    [rows, x, y, slot, plotHeight, tabStop],
  );

  return (
    <ChartSvg
      width={width}
      height={HEIGHT}
      margin={MARGIN}
      label={`Good, mixed and bad days in each of ${rows.length} periods`}
      events={events}
      tip={
        hovered && {
          index: hovered.index,
          x: centre(hovered.row),
          y: y(rated(hovered.row)),
          title: periodTitle(hovered.row),
          lines: tooltipLines(hovered.row),
          dates: hovered.row.dates,
        }
      }
    >
      <KindPatterns />
      {hovered && <rect className="chart-cursor" x={x(hovered.row.key)} width={slot} height={plotHeight} />}
      <AxisLeft
        height={plotHeight}
        ticks={y
          .ticks(Y_STEPS)
          .filter(Number.isInteger)
          .map((value) => ({ at: y(value), label: String(value) }))}
      />
      <AxisBottom
        top={plotHeight}
        width={plotWidth}
        ticks={labelledRows(rows, plotWidth).map((row) => ({ at: centre(row), label: row.label }))}
      />
      {columns}
    </ChartSvg>
  );
}

/** The key to the chart, with each kind's letter and texture. */
export function DayKindsLegend() {
  return (
    <ul className="chart-legend" aria-label="Key">
      <li>
        <span className="swatch swatch-good" aria-hidden="true" />G good days
      </li>
      <li>
        <span className="swatch swatch-mixed" aria-hidden="true" />M mixed days (striped)
      </li>
      <li>
        <span className="swatch swatch-bad" aria-hidden="true" />B bad days (cross-hatched)
      </li>
    </ul>
  );
}
