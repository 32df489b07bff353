import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { signed, type ActivityFeel } from '../../../../shared/trends';
import { ChartTooltip, rowOf } from '../ChartTooltip';
import { daysLabel, PATH_WORDS } from './format';

interface Props {
  rows: readonly ActivityFeel[];
  onSelectRow: (row: ActivityFeel) => void;
}

const ROW_HEIGHT = 26;

const feelTick = (value: number) =>
  value === -2 ? 'Drained' : value === 2 ? 'Energised' : value === 0 ? 'Neutral' : signed(value).replace('.00', '');

/**
 * A label as plain SVG text: recharts' own tick text measures every word in
 * the DOM to wrap it, which costs a forced layout per word; these labels fit
 * on one line anyway.
 */
function ActivityTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  return (
    <text x={Number(x) - 8} y={Number(y)} dy="0.35em" textAnchor="end" className="activity-tick">
      {String(payload?.value ?? '')}
    </text>
  );
}

/** A plain rectangle from zero to the average, right for energising and left for draining, coloured by path. */
function ActivityBar({ x, y, width, height, payload }: BarShapeProps) {
  const row = payload as ActivityFeel | undefined;
  return (
    <rect
      className={`activity-bar path-${row?.lean ?? 'neutral'}`}
      x={Math.min(x, x + width)}
      y={y}
      width={Math.abs(width)}
      height={height}
    />
  );
}

function ActivityTooltipContent({ row }: { row: ActivityFeel | undefined }) {
  if (!row) return null;
  return (
    <ChartTooltip
      title={row.label}
      lines={[`Average feel ${signed(row.meanFeel)} over ${daysLabel(row.days)}`, `Counts as ${PATH_WORDS[row.lean]}`]}
      dates={row.dates}
    />
  );
}

/**
 * Every activity's average feel as a bar from zero: right is energising,
 * left draining. Colour says which path the activity belongs to; the label
 * says how many days the average rests on.
 */
export function ActivityChart({ rows, onSelectRow }: Props) {
  const data = rows.map((row) => ({ ...row, axisLabel: `${row.label} · ${daysLabel(row.days)}` }));
  return (
    <BarChart
      className="activity-chart"
      layout="vertical"
      responsive
      style={{ width: '100%', height: 40 + rows.length * ROW_HEIGHT }}
      data={data}
      margin={{ top: 4, right: 36, bottom: 4, left: 8 }}
    >
      <XAxis type="number" domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} interval={0} tickFormatter={feelTick} />
      <YAxis type="category" dataKey="axisLabel" width={300} interval={0} tick={ActivityTick} />
      <ReferenceLine x={0} className="feel-zero" />
      <Bar
        dataKey="meanFeel"
        name="Average feel"
        shape={ActivityBar}
        isAnimationActive={false}
        barSize={14}
        onClick={(item) => onSelectRow(item.payload as ActivityFeel)}
      />
      <Tooltip
        content={({ payload }) => <ActivityTooltipContent row={rowOf<ActivityFeel>(payload)} />}
        isAnimationActive={false}
      />
    </BarChart>
  );
}

export function ActivityLegend() {
  return (
    <ul className="chart-legend" aria-label="Key">
      {(['management', 'architecture', 'neutral'] as const).map((lean) => (
        <li key={lean}>
          <span className={`swatch path-${lean}`} aria-hidden="true" />
          {PATH_WORDS[lean]}
        </li>
      ))}
    </ul>
  );
}
