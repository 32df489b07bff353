import { Bar, BarChart, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { periodTitle, type PeriodRow } from '../../../../shared/trends';
import { ChartTooltip, rowOf } from '../ChartTooltip';
import { tickInterval } from './axis';

interface Props {
  rows: readonly PeriodRow[];
  onSelectRow: (row: PeriodRow) => void;
}

type KindsPoint = PeriodRow & { rated: number };

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

/**
 * One period's column: good at the bottom, then mixed, then bad. Drawn as a
 * single recharts bar whose shape splits into the three parts, which costs a
 * third of three stacked series and looks the same.
 */
function KindsColumn({ x, y, width, height, payload }: BarShapeProps) {
  const row = payload as KindsPoint | undefined;
  if (!row || row.rated === 0 || height <= 0) return null;
  let bottom = y + height;
  const parts = (['good', 'mixed', 'bad'] as const).flatMap((kind) => {
    const size = (height * row[kind]) / row.rated;
    bottom -= size;
    return size > 0
      ? [<rect key={kind} className={`kind-part kind-part-${kind}`} x={x} y={bottom} width={width} height={size} />]
      : [];
  });
  return <g className="kinds-column">{parts}</g>;
}

function KindsTooltipContent({ row }: { row: PeriodRow | undefined }) {
  if (!row) return null;
  const lines = [`G good ${row.good} · M mixed ${row.mixed} · B bad ${row.bad}`];
  if (row.unrated > 0) lines.push(`${row.unrated} without a day kind`);
  return <ChartTooltip title={periodTitle(row)} lines={lines} dates={row.dates} />;
}

/** Good, mixed and bad days per week (or month), stacked. */
export function DayKindsChart({ rows, onSelectRow }: Props) {
  const data: KindsPoint[] = rows.map((row) => ({ ...row, rated: row.good + row.mixed + row.bad }));
  return (
    <BarChart
      className="kinds-chart"
      responsive
      style={{ width: '100%', height: 240 }}
      data={data}
      margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
    >
      <KindPatterns />
      <XAxis dataKey="label" interval={tickInterval(rows.length)} tickMargin={6} />
      <YAxis allowDecimals={false} width={32} interval={0} />
      <Bar
        dataKey="rated"
        name="Rated days"
        shape={KindsColumn}
        isAnimationActive={false}
        onClick={(item) => onSelectRow(item.payload as PeriodRow)}
      />
      <Tooltip
        content={({ payload }) => <KindsTooltipContent row={rowOf<PeriodRow>(payload)} />}
        isAnimationActive={false}
      />
    </BarChart>
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
