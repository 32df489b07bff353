import { useMemo } from 'react';
import { scaleBand, scaleLinear } from '@visx/vendor/d3-scale';
import { capitalise, signed, type ActivityFeel } from '../../../../shared/trends';
import { AxisBottom, AxisLeft } from './axes';
import { ChartFrame, ChartSvg } from './ChartFrame';
import { daysLabel, FEEL_READING_WORDS, feelBandWords, feelSummary, PATH_WORDS } from './format';
import { columnAttributes, useChartColumns } from './useChartColumns';

interface Props {
  rows: readonly ActivityFeel[];
  onSelectRow: (row: ActivityFeel) => void;
}

const ROW_HEIGHT = 26;
const BAR_HEIGHT = 14;
/** The labels get a fixed 300 px column; they are not measured, and fit on one line. */
const MARGIN = { top: 4, right: 36, bottom: 34, left: 308 };
const X_TICKS = [-2, -1, 0, 1, 2];

const clear = (row: ActivityFeel) => row.reading === 'energising' || row.reading === 'draining';

const feelWord = (value: number) =>
  value === -2 ? 'Drained' : value === 2 ? 'Energised' : value === 0 ? 'Neutral' : signed(value).replace('.00', '');

function tooltipLines(row: ActivityFeel): string[] {
  return [
    capitalise(feelSummary(row)),
    ...(row.band ? [`Plausible range ${feelBandWords(row.band)}`] : []),
    capitalise(FEEL_READING_WORDS[row.reading]),
    `Counts as ${PATH_WORDS[row.lean]}`,
  ];
}

const rowLabel = (row: ActivityFeel) =>
  `${row.label}: ${feelSummary(row)}, ${FEEL_READING_WORDS[row.reading]}, ${PATH_WORDS[row.lean]}`;

const CAP_HEIGHT = 8;

/**
 * Every activity's average feel as a bar from zero: right is energising,
 * left draining, with its plausible range as a whisker. A bar is filled with
 * its path's colour only when the whole range lies on one side of neutral;
 * otherwise it is drawn as an outline, because the average could be chance.
 * The label says how many days the average rests on.
 */
export function ActivityChart(props: Props) {
  return <ChartFrame className="activity-chart">{(width) => <ActivityPlot {...props} width={width} />}</ChartFrame>;
}

function ActivityPlot({ rows, onSelectRow, width }: Props & { width: number }) {
  const { hovered, tabStop, events } = useChartColumns(rows, onSelectRow);
  const height = MARGIN.top + MARGIN.bottom + rows.length * ROW_HEIGHT;
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = rows.length * ROW_HEIGHT;
  const x = useMemo(() => scaleLinear([-2, 2], [0, plotWidth]), [plotWidth]);
  const y = useMemo(
    () =>
      scaleBand(
        rows.map((row) => row.id),
        [0, plotHeight],
      ),
    [rows, plotHeight],
  );
  const middle = (row: ActivityFeel) => (y(row.id) ?? 0) + ROW_HEIGHT / 2;

  const bars = useMemo(
    () =>
      rows.map((row, index) => {
        const top = y(row.id) ?? 0;
        const feel = row.meanFeel;
        return (
          <g key={row.id} {...columnAttributes(index, tabStop, rowLabel(row))}>
            <rect className="chart-hit" y={top} width={plotWidth} height={ROW_HEIGHT} />
            {feel !== null && (
              <rect
                className={`activity-bar path-${row.lean}${clear(row) ? ' clear' : ''}`}
                x={Math.min(x(0), x(feel))}
                y={top + (ROW_HEIGHT - BAR_HEIGHT) / 2}
                width={Math.abs(x(feel) - x(0))}
                height={BAR_HEIGHT}
              />
            )}
            {row.band && (
              <g className="activity-whisker">
                <line x1={x(row.band[0])} x2={x(row.band[1])} y1={top + ROW_HEIGHT / 2} y2={top + ROW_HEIGHT / 2} />
                {row.band.map((end, side) => (
                  <line
                    key={side}
                    x1={x(end)}
                    x2={x(end)}
                    y1={top + (ROW_HEIGHT - CAP_HEIGHT) / 2}
                    y2={top + (ROW_HEIGHT + CAP_HEIGHT) / 2}
                  />
                ))}
              </g>
            )}
          </g>
        );
      }),
    [rows, x, y, plotWidth, tabStop],
  );

  return (
    <ChartSvg
      width={width}
      height={height}
      margin={MARGIN}
      label={`Average feel of ${rows.length} activities, from drained to energised`}
      events={events}
      tip={
        hovered && {
          index: hovered.index,
          x: x(hovered.row.meanFeel ?? 0),
          y: middle(hovered.row),
          title: hovered.row.label,
          lines: tooltipLines(hovered.row),
          dates: hovered.row.dates,
        }
      }
    >
      {hovered && <rect className="chart-cursor" y={y(hovered.row.id)} width={plotWidth} height={ROW_HEIGHT} />}
      <AxisLeft
        height={plotHeight}
        ticks={rows.map((row) => ({ at: middle(row), label: `${row.label} · ${daysLabel(row.days)}` }))}
        tickClassName="activity-tick"
      />
      <AxisBottom
        top={plotHeight}
        width={plotWidth}
        ticks={X_TICKS.map((value) => ({ at: x(value), label: feelWord(value) }))}
      />
      <line className="feel-zero" x1={x(0)} x2={x(0)} y2={plotHeight} />
      {bars}
    </ChartSvg>
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
      <li>
        <span className="swatch swatch-outline" aria-hidden="true" />
        outline: could be chance, or too few days
      </li>
    </ul>
  );
}
