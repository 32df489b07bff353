import { Bar, BarChart, ErrorBar, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimingBar } from '../../../../shared/trends';
import { ChartTooltip, rowOf } from '../ChartTooltip';
import { ratePercent } from './format';

interface Props {
  rows: readonly TimingBar[];
  onSelectRow: (row: TimingBar) => void;
}

function TimingTooltipContent({ row }: { row: TimingBar | undefined }) {
  if (!row) return null;
  return (
    <ChartTooltip
      title={row.label}
      lines={[
        `Good on ${row.good} of ${row.days} days (${ratePercent(row.goodRate)})`,
        `Plausible range ${ratePercent(row.band[0])} to ${ratePercent(row.band[1])}`,
        `Mixed ${row.mixed} · bad ${row.bad}`,
      ]}
      dates={row.dates}
    />
  );
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
}

/** The stage under its bar, with the counts behind the rate on a second line. */
function StageTick({ x, y, index, rows }: TickProps & { rows: readonly TimingBar[] }) {
  const row = rows[index ?? -1];
  if (!row) return null;
  return (
    <text x={Number(x)} y={Number(y)} dy="0.9em" textAnchor="middle" className="timing-tick">
      <tspan x={Number(x)}>{row.label}</tspan>
      <tspan x={Number(x)} dy="1.3em" className="timing-caption">
        {row.days === 0 ? 'no days' : `good on ${row.good} of ${row.days}`}
      </tspan>
    </text>
  );
}

/** Share of good days per conversation stage, with its plausible range as whiskers and the counts under each stage. */
export function TimingChart({ rows, onSelectRow }: Props) {
  const data = rows.map((row) => ({
    ...row,
    percent: row.goodRate === null ? 0 : row.goodRate * 100,
    // ErrorBar takes distances below and above the bar's value.
    whisker: row.goodRate === null ? [0, 0] : [(row.goodRate - row.band[0]) * 100, (row.band[1] - row.goodRate) * 100],
  }));
  return (
    <BarChart
      className="timing-chart"
      responsive
      style={{ width: '100%', height: 240 }}
      data={data}
      margin={{ top: 12, right: 12, bottom: 4, left: 0 }}
    >
      <XAxis
        dataKey="label"
        interval={0}
        height={44}
        tick={(props: TickProps) => <StageTick {...props} rows={rows} />}
      />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        interval={0}
        tickFormatter={(value: number) => `${value}%`}
        width={44}
      />
      <Bar
        dataKey="percent"
        name="Good-day rate"
        className="timing-bar"
        isAnimationActive={false}
        barSize={56}
        onClick={(item) => onSelectRow(item.payload as TimingBar)}
      >
        <ErrorBar dataKey="whisker" width={8} className="timing-whisker" />
      </Bar>
      <Tooltip
        content={({ payload }) => <TimingTooltipContent row={rowOf<TimingBar>(payload)} />}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
