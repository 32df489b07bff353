import { useCallback, useMemo } from 'react';
import { curveMonotoneX } from '@visx/curve';
import { scaleLinear, scalePoint } from '@visx/vendor/d3-scale';
import { Area, LinePath } from '@visx/shape';
import {
  bandConfidence,
  capitalise,
  leanWords,
  periodTitle,
  plural,
  signed,
  type PeriodRow,
} from '../../../../shared/trends';
import type { LocalDate } from '../../../../shared';
import { AxisBottom, AxisLeft, labelledRows } from './axes';
import { ChartFrame, ChartSvg } from './ChartFrame';
import { columnAttributes, useChartColumns } from './useChartColumns';

/** A period to shade behind the lean: an experiment's days. */
export interface MarkedPeriod {
  label: string;
  start: LocalDate;
  end: LocalDate;
}

interface Props {
  rows: readonly PeriodRow[];
  /** Experiments to mark as shaded spans, each over the weeks (or months) its days fall in. */
  marks?: readonly MarkedPeriod[];
  height?: number;
  /** Without it the chart is a picture only (the brief). */
  onSelectRow?: (row: PeriodRow) => void;
}

const MARGIN = { top: 8, right: 28, bottom: 34, left: 100 };
const Y_TICKS = [-1, -0.5, 0, 0.5, 1];

const axisWord = (value: number) =>
  value === 1 ? 'Architecture' : value === -1 ? 'Management' : value === 0 ? 'Even' : signed(value);

/** A dot takes its path's colour only when its band excludes zero; otherwise it is drawn as even. */
function side(row: PeriodRow): string {
  if (row.lean === null || row.band === null || bandConfidence(row.band) === 'none') return 'even';
  return row.lean > 0 ? 'architecture' : 'management';
}

function sideDays(row: PeriodRow): string {
  return `${plural(row.managementEntries, 'day')} with people work, ${plural(row.architectureEntries, 'day')} with system work`;
}

function tooltipLines(row: PeriodRow): string[] {
  const lines =
    row.lean === null || row.band === null
      ? [capitalise(leanWords(row))]
      : [
          `Lean ${signed(row.lean)}: ${leanWords(row)}`,
          `Plausible range ${signed(row.band[0])} to ${signed(row.band[1])}`,
        ];
  if (row.pathEntries > 0) lines.push(sideDays(row));
  if (row.smoothed !== null) lines.push(`Smoothed over the last weeks: ${signed(row.smoothed)}`);
  return lines;
}

const columnLabel = (row: PeriodRow) =>
  `${periodTitle(row)}: ${row.lean === null ? leanWords(row) : `lean ${signed(row.lean)}, ${leanWords(row)}`}`;

function summary(rows: readonly PeriodRow[], marks: readonly MarkedPeriod[]): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return 'Lean chart, empty';
  const latest = rows.findLast((row) => row.smoothed !== null)?.smoothed;
  // The smoothed line has no band of its own, so it is given as a number, without words of strength.
  const trend = latest == null ? '' : `; latest smoothed lean ${signed(latest)}`;
  const marked = marks.length === 0 ? '' : `; shaded: ${marks.map((mark) => `experiment “${mark.label}”`).join(', ')}`;
  return `Lean from ${periodTitle(first)} to ${periodTitle(last)}${trend}${marked}`;
}

/** The first and last rows an experiment's days fall in, or null when none of its days is on the chart. */
function markedRows(rows: readonly PeriodRow[], mark: MarkedPeriod): [PeriodRow, PeriodRow] | null {
  const inside = rows.filter((row) => row.from <= mark.end && row.to >= mark.start);
  const first = inside[0];
  const last = inside.at(-1);
  return first && last ? [first, last] : null;
}

/**
 * The lean per week (or month): a dot per period, the smoothed line and the
 * uncertainty band, with architecture above zero and management below,
 * labelled in words on the axis and in the shaded halves. A long range is
 * still one path for the band, one for the line and a circle per period.
 */
export function LeanChart(props: Props) {
  return <ChartFrame className="lean-chart">{(width) => <LeanPlot {...props} width={width} />}</ChartFrame>;
}

const NO_MARKS: readonly MarkedPeriod[] = [];

function LeanPlot({ rows, marks = NO_MARKS, height = 280, onSelectRow, width }: Props & { width: number }) {
  const { hovered, tabStop, events } = useChartColumns(rows, onSelectRow);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const x = useMemo(
    () =>
      scalePoint(
        rows.map((row) => row.key),
        [0, plotWidth],
      ),
    [rows, plotWidth],
  );
  const y = useMemo(() => scaleLinear([-1, 1], [plotHeight, 0]), [plotHeight]);
  const at = useCallback((row: PeriodRow) => x(row.key) ?? 0, [x]);

  // Everything but the hover marks, so moving between columns redraws only those.
  const plot = useMemo(() => {
    const step = x.step();
    const dot = (row: PeriodRow) =>
      row.lean === null ? null : (
        <circle key={row.key} className={`lean-dot lean-dot-${side(row)}`} cx={at(row)} cy={y(row.lean)} r={4} />
      );
    return (
      <>
        {marks.map((mark) => {
          const span = markedRows(rows, mark);
          if (!span) return null;
          // Shaded over whole columns: a point scale has a column per period, not per day.
          const left = Math.max(0, at(span[0]) - step / 2);
          const right = Math.min(plotWidth, at(span[1]) + step / 2);
          return (
            <g key={mark.start} className="lean-experiment">
              <rect x={left} width={Math.max(2, right - left)} height={plotHeight} />
              {/* Below the halves' own labels, which sit in the top and bottom corners. */}
              <text x={left + 4} y={24} dy="0.71em">
                {mark.label}
              </text>
            </g>
          );
        })}
        <Area
          className="lean-band"
          data={[...rows]}
          defined={(row) => row.band !== null}
          x={at}
          y0={(row) => y(row.band?.[0] ?? 0)}
          y1={(row) => y(row.band?.[1] ?? 0)}
        />
        <LinePath
          className="lean-smoothed"
          data={rows.filter((row) => row.smoothed !== null)}
          curve={curveMonotoneX}
          x={at}
          y={(row) => y(row.smoothed ?? 0)}
        />
        <line className="lean-zero" x2={plotWidth} y1={y(0)} y2={y(0)} />
        {onSelectRow
          ? rows.map((row, index) => {
              // A column reaches halfway to each neighbour, so a click anywhere in it selects its period.
              const left = Math.max(0, at(row) - step / 2);
              const right = Math.min(plotWidth, at(row) + step / 2);
              return (
                <g key={row.key} {...columnAttributes(index, tabStop, columnLabel(row))}>
                  <rect className="chart-hit" x={left} width={right - left} height={plotHeight} />
                  {dot(row)}
                </g>
              );
            })
          : rows.map(dot)}
      </>
    );
  }, [rows, marks, x, y, at, plotWidth, plotHeight, tabStop, onSelectRow]);

  const row = hovered?.row;
  return (
    <ChartSvg
      width={width}
      height={height}
      margin={MARGIN}
      label={summary(rows, marks)}
      events={events}
      tip={
        hovered && {
          index: hovered.index,
          x: at(hovered.row),
          y: y(hovered.row.lean ?? 0),
          title: periodTitle(hovered.row),
          lines: tooltipLines(hovered.row),
          dates: hovered.row.dates,
        }
      }
    >
      <rect className="lean-half-architecture" width={plotWidth} height={y(0)} />
      <rect className="lean-half-management" y={y(0)} width={plotWidth} height={plotHeight - y(0)} />
      <text className="lean-half-label" x={plotWidth - 6} y={6} dy="0.71em" textAnchor="end">
        System work felt better ↑
      </text>
      <text className="lean-half-label" x={plotWidth - 6} y={plotHeight - 6} textAnchor="end">
        People work felt better ↓
      </text>
      {row && <line className="chart-cursor-line" x1={at(row)} x2={at(row)} y2={plotHeight} />}
      <AxisLeft height={plotHeight} ticks={Y_TICKS.map((value) => ({ at: y(value), label: axisWord(value) }))} />
      <AxisBottom
        top={plotHeight}
        width={plotWidth}
        ticks={labelledRows(rows, plotWidth).map((labelled) => ({ at: at(labelled), label: labelled.label }))}
      />
      {plot}
    </ChartSvg>
  );
}
