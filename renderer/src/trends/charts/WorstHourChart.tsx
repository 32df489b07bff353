import { useMemo } from 'react';
import { scaleBand, scaleLinear } from '@visx/vendor/d3-scale';
import { ROLE_NAMES, type Path, type WorstDayAnswer } from '../../../../shared/entry';
import { plural, type TrendsData, type WorstHourShare } from '../../../../shared/trends';
import { AxisBottom, AxisLeft } from './axes';
import { ChartFrame, ChartSvg } from './ChartFrame';
import { ratePercent } from './format';
import { columnAttributes, useChartColumns } from './useChartColumns';

/** One bar: how often one answer was given for one role. */
export interface WorstHourBar {
  key: string;
  path: Path;
  answer: WorstDayAnswer;
  /** Answers given for the role, all three together. */
  answered: number;
  share: WorstHourShare;
}

export const ANSWER_WORDS: Readonly<Record<WorstDayAnswer, string>> = { yes: 'Yes', unsure: 'Not sure', no: 'No' };
const ANSWERS: readonly WorstDayAnswer[] = ['yes', 'unsure', 'no'];

/** The six bars, role by role, in the order yes, not sure, no. */
export function worstHourBars(worstDay: TrendsData['worstDay']): WorstHourBar[] {
  return [worstDay.management, worstDay.architecture].flatMap((side) =>
    ANSWERS.map((answer) => ({
      key: `${side.path}-${answer}`,
      path: side.path,
      answer,
      answered: side.answered,
      share: side[answer],
    })),
  );
}

export const barTitle = (bar: WorstHourBar) => `${ROLE_NAMES[bar.path]}: ${ANSWER_WORDS[bar.answer].toLowerCase()}`;

interface Props {
  bars: readonly WorstHourBar[];
  onSelectRow: (bar: WorstHourBar) => void;
}

const HEIGHT = 240;
const MARGIN = { top: 12, right: 12, bottom: 48, left: 44 };
const CAP_WIDTH = 8;
const Y_TICKS = [0, 25, 50, 75, 100];

const counts = (bar: WorstHourBar) =>
  bar.answered === 0
    ? 'no answers'
    : `${bar.share.count} of ${plural(bar.answered, 'answer')} (${ratePercent(bar.share.rate)})`;

function tooltipLines(bar: WorstHourBar): string[] {
  if (bar.answered === 0) return ['No answers for this role yet'];
  return [
    `${ANSWER_WORDS[bar.answer]} on ${counts(bar)}`,
    `Plausible range ${ratePercent(bar.share.band[0])} to ${ratePercent(bar.share.band[1])}`,
  ];
}

/**
 * The worst-hour test per role: how often each answer (yes, not sure, no) was
 * given on bad days, with its plausible range as whiskers, so a strong "no"
 * shows as plainly as a "yes". Each bar lists its days.
 */
export function WorstHourChart(props: Props) {
  return <ChartFrame className="worst-hour-chart">{(width) => <WorstHourPlot {...props} width={width} />}</ChartFrame>;
}

function WorstHourPlot({ bars, onSelectRow, width }: Props & { width: number }) {
  const { hovered, tabStop, events } = useChartColumns(bars, onSelectRow);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const roles = useMemo(() => scaleBand(['management', 'architecture'], [0, plotWidth]).padding(0.15), [plotWidth]);
  const answers = useMemo(() => scaleBand([...ANSWERS], [0, roles.bandwidth()]).padding(0.12), [roles]);
  const y = useMemo(() => scaleLinear([0, 100], [plotHeight, 0]), [plotHeight]);
  const left = (bar: WorstHourBar) => (roles(bar.path) ?? 0) + (answers(bar.answer) ?? 0);
  const centre = (bar: WorstHourBar) => left(bar) + answers.bandwidth() / 2;

  const columns = bars.map((bar, index) => {
    const mid = centre(bar);
    const { rate, band } = bar.share;
    return (
      <g key={bar.key} {...columnAttributes(index, tabStop, `${barTitle(bar)}, ${counts(bar)}`)}>
        <rect className="chart-hit" x={left(bar)} width={answers.bandwidth()} height={plotHeight} />
        {rate !== null && (
          <>
            <rect
              className={`worst-hour-bar answer-${bar.answer}`}
              x={left(bar)}
              y={y(rate * 100)}
              width={answers.bandwidth()}
              height={plotHeight - y(rate * 100)}
            />
            <g className="timing-whisker">
              <line x1={mid} x2={mid} y1={y(band[0] * 100)} y2={y(band[1] * 100)} />
              <line x1={mid - CAP_WIDTH / 2} x2={mid + CAP_WIDTH / 2} y1={y(band[0] * 100)} y2={y(band[0] * 100)} />
              <line x1={mid - CAP_WIDTH / 2} x2={mid + CAP_WIDTH / 2} y1={y(band[1] * 100)} y2={y(band[1] * 100)} />
            </g>
          </>
        )}
      </g>
    );
  });

  // Each bar is named under it; the middle one of each role also carries the role, centred under the three.
  const ticks = bars.map((bar) => ({
    at: centre(bar),
    label: ANSWER_WORDS[bar.answer],
    caption:
      bar.answer === 'unsure'
        ? `${ROLE_NAMES[bar.path]} · ${bar.answered === 0 ? 'no answers' : plural(bar.answered, 'answer')}`
        : undefined,
  }));

  return (
    <ChartSvg
      width={width}
      height={HEIGHT}
      margin={MARGIN}
      label="Worst-hour test: share of yes, not sure and no answers for each role on bad days"
      events={events}
      tip={
        hovered && {
          index: hovered.index,
          x: centre(hovered.row),
          y: y((hovered.row.share.rate ?? 0) * 100),
          title: barTitle(hovered.row),
          lines: tooltipLines(hovered.row),
          dates: hovered.row.share.dates,
        }
      }
    >
      {hovered && (
        <rect className="chart-cursor" x={left(hovered.row)} width={answers.bandwidth()} height={plotHeight} />
      )}
      <AxisLeft height={plotHeight} ticks={Y_TICKS.map((value) => ({ at: y(value), label: `${value}%` }))} />
      <AxisBottom
        top={plotHeight}
        width={plotWidth}
        ticks={ticks}
        tickClassName="timing-tick"
        captionClassName="worst-hour-role"
      />
      {columns}
    </ChartSvg>
  );
}

/** The key: the three answers. */
export function WorstHourLegend() {
  return (
    <ul className="chart-legend" aria-label="Key">
      {ANSWERS.map((answer) => (
        <li key={answer}>
          <span className={`swatch answer-${answer}`} aria-hidden="true" />
          {ANSWER_WORDS[answer]}
        </li>
      ))}
    </ul>
  );
}
