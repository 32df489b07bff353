import { Area, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import { periodTitle, signed, type PeriodRow } from '../../../../shared/trends';
import { tickInterval } from './axis';
import { ChartTooltip, clickedIndex, rowOf } from '../ChartTooltip';
import { leanWords } from './format';

interface Props {
  rows: readonly PeriodRow[];
  height?: number;
  /** Without it the chart is a picture only (the brief). */
  onSelectRow?: (row: PeriodRow) => void;
}

type Point = PeriodRow & { range: [number, number] | null };

const axisTick = (value: number) =>
  value === 1 ? 'Architecture' : value === -1 ? 'Management' : value === 0 ? 'Even' : signed(value);

/**
 * A period's own lean as a dot, marked by side: filled above zero, hollow
 * below, so shape tells them apart too. A click on the dot itself selects its
 * period even before the chart has registered the hover.
 */
function LeanDot({
  cx,
  cy,
  value,
  index,
  payload,
  onSelect,
}: DotItemDotProps & { onSelect?: (row: PeriodRow) => void }) {
  if (typeof cx !== 'number' || typeof cy !== 'number' || typeof value !== 'number') return null;
  const side = value > 0 ? 'architecture' : value < 0 ? 'management' : 'even';
  return (
    <circle
      key={index}
      className={`lean-dot lean-dot-${side}`}
      cx={cx}
      cy={cy}
      r={4}
      onClick={onSelect && (() => onSelect(payload as PeriodRow))}
    />
  );
}

function LeanTooltipContent({ row }: { row: PeriodRow | undefined }) {
  if (!row) return null;
  const lines =
    row.lean === null || row.band === null
      ? ['No people or system work logged']
      : [
          `Lean ${signed(row.lean)}: ${leanWords(row.lean)}`,
          `Plausible range ${signed(row.band[0])} to ${signed(row.band[1])}`,
          `${row.pathEntries} of ${row.entries} days with path work`,
        ];
  if (row.smoothed !== null) lines.push(`Smoothed ${signed(row.smoothed)}`);
  return <ChartTooltip title={periodTitle(row)} lines={lines} dates={row.dates} />;
}

/**
 * The lean per week (or month): a dot per period, the smoothed line and the
 * uncertainty band, with architecture above zero and management below,
 * labelled in words on the axis and in the shaded halves.
 */
export function LeanChart({ rows, height = 280, onSelectRow }: Props) {
  const data: Point[] = rows.map((row) => ({ ...row, range: row.band ? [row.band[0], row.band[1]] : null }));
  return (
    <ComposedChart
      className="lean-chart"
      responsive
      style={{ width: '100%', height }}
      data={data}
      margin={{ top: 8, right: 28, bottom: 4, left: 8 }}
      // Clicking anywhere in a period's column selects it, not only on its small dot.
      onClick={(state) => {
        const row = rows[clickedIndex(state) ?? -1];
        if (row && onSelectRow) onSelectRow(row);
      }}
    >
      <ReferenceArea
        y1={0}
        y2={1}
        className="lean-half-architecture"
        ifOverflow="hidden"
        label={{ value: 'System work felt better ↑', position: 'insideTopRight', className: 'lean-half-label' }}
      />
      <ReferenceArea
        y1={-1}
        y2={0}
        className="lean-half-management"
        ifOverflow="hidden"
        label={{ value: 'People work felt better ↓', position: 'insideBottomRight', className: 'lean-half-label' }}
      />
      <XAxis dataKey="label" interval={tickInterval(rows.length)} tickMargin={6} />
      <YAxis domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} interval={0} tickFormatter={axisTick} width={92} />
      <ReferenceLine y={0} className="lean-zero" />
      <Area
        dataKey="range"
        name="Plausible range"
        className="lean-band"
        isAnimationActive={false}
        activeDot={false}
        connectNulls={false}
      />
      <Line
        dataKey="smoothed"
        name="Smoothed"
        className="lean-smoothed"
        type="monotone"
        dot={false}
        activeDot={false}
        isAnimationActive={false}
        connectNulls
      />
      <Line
        dataKey="lean"
        name="Lean"
        className="lean-points"
        stroke="none"
        dot={(props: DotItemDotProps) => <LeanDot {...props} onSelect={onSelectRow} />}
        activeDot={false}
        isAnimationActive={false}
      />
      {onSelectRow && (
        <Tooltip
          content={({ payload }) => <LeanTooltipContent row={rowOf<PeriodRow>(payload)} />}
          isAnimationActive={false}
        />
      )}
    </ComposedChart>
  );
}
