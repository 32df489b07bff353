// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivityChart } from '../../../renderer/src/trends/charts/ActivityChart';
import { labelledRows } from '../../../renderer/src/trends/charts/axes';
import { LeanChart } from '../../../renderer/src/trends/charts/LeanChart';
import { TimingChart } from '../../../renderer/src/trends/charts/TimingChart';
import {
  barTitle,
  WorstHourChart,
  worstHourBars,
  type WorstHourBar,
} from '../../../renderer/src/trends/charts/WorstHourChart';
import { buildTrends, periodTitle, resolveRange, type PeriodRow } from '../../../shared/trends';
import { generateJournal } from '../../fixtures/journal';
import { TODAY } from './renderTrends';

afterEach(cleanup);

const data = buildTrends(
  generateJournal({ seed: 7, days: 90, persona: 'architect', endDate: TODAY }),
  [],
  resolveRange({ kind: 'last', days: 90 }, TODAY),
);
const tooltip = () => document.querySelector('.chart-tooltip');

describe('the lean chart', () => {
  it('is a picture only without onSelectRow, as in the brief', () => {
    render(<LeanChart rows={data.periods} height={180} />);
    const chart = screen.getByRole('img', { name: /^Lean from Week of/ });
    expect(within(chart).queryAllByRole('button')).toHaveLength(0);
    expect(chart.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(chart.querySelectorAll('.lean-dot')).toHaveLength(data.periods.filter((row) => row.lean !== null).length);
    expect(chart.querySelector('.lean-band')?.getAttribute('d')).toMatch(/^M/);
    expect(chart.querySelector('.lean-smoothed')?.getAttribute('d')).toMatch(/^M/);
  });

  it('shades an experiment over the weeks its days fall in, named in the picture and its label; one off the chart is not drawn', () => {
    const [, one, , two, three] = data.periods;
    if (!one || !two || !three) throw new Error('too few weeks');
    const marks = [
      { label: 'One week', start: one.from, end: one.to },
      // Two days in each of two weeks: shaded over both whole columns.
      { label: 'Two weeks', start: two.to, end: three.from },
      { label: 'Long ago', start: '2020-01-01', end: '2020-01-14' },
    ];
    render(<LeanChart rows={data.periods} marks={marks} height={180} />);
    const chart = screen.getByRole('img', {
      name: /shaded: experiment “One week”, experiment “Two weeks”, experiment “Long ago”$/,
    });
    const shaded = [...chart.querySelectorAll('.lean-experiment')];
    expect(shaded.map((mark) => mark.textContent)).toEqual(['One week', 'Two weeks']);
    const [oneWide, twoWide] = shaded.map((mark) => Number(mark.querySelector('rect')?.getAttribute('width')));
    expect(oneWide).toBeGreaterThan(0);
    expect(twoWide).toBeCloseTo(2 * (oneWide ?? 0), 5);
  });

  it('makes each period a button, one tab stop, moved by the arrow keys; focus shows its tooltip, Enter and Space select', async () => {
    const onSelectRow = vi.fn<(row: PeriodRow) => void>();
    const user = userEvent.setup();
    render(<LeanChart rows={data.periods} onSelectRow={onSelectRow} />);
    const columns = screen.getAllByRole('button');
    expect(columns).toHaveLength(data.periods.length);
    expect(columns.filter((column) => column.getAttribute('tabindex') === '0')).toHaveLength(1);
    const [first, second] = data.periods;
    if (!first || !second) throw new Error('The journal has fewer than two weeks.');
    expect(columns[0]).toHaveAccessibleName(new RegExp(`^${periodTitle(first)}: (lean|no people|only)`));

    await user.tab();
    expect(columns[0]).toHaveFocus();
    expect(tooltip()).toHaveTextContent(periodTitle(first));
    await user.keyboard('{ArrowRight}');
    expect(columns[1]).toHaveFocus();
    expect(tooltip()).toHaveTextContent(periodTitle(second));
    await user.keyboard('{Enter}');
    expect(onSelectRow).toHaveBeenLastCalledWith(second);
    await user.keyboard('{End} ');
    expect(onSelectRow).toHaveBeenLastCalledWith(data.periods.at(-1));
    await user.tab();
    expect(tooltip()).toBeNull();
  });

  it('selects a period from a click anywhere in its column', async () => {
    const onSelectRow = vi.fn<(row: PeriodRow) => void>();
    const user = userEvent.setup();
    render(<LeanChart rows={data.periods} onSelectRow={onSelectRow} />);
    const column = screen.getAllByRole('button')[2] as HTMLElement;
    await user.hover(column);
    expect(tooltip()).toHaveTextContent(periodTitle(data.periods[2] as PeriodRow));
    const hit = column.querySelector('.chart-hit');
    if (!hit) throw new Error('The column has no hit area.');
    await user.click(hit);
    expect(onSelectRow).toHaveBeenCalledWith(data.periods[2]);
    await user.unhover(column);
    expect(tooltip()).toBeNull();
  });
});

describe('the lean chart’s words', () => {
  const week = (overrides: Partial<PeriodRow>): PeriodRow => ({
    ...(data.periods.find((row) => row.lean !== null) as PeriodRow),
    ...overrides,
  });

  it('never gives a week a direction its plausible range does not support', async () => {
    const user = userEvent.setup();
    // A large lean whose range still includes zero: no direction, and an even-coloured dot.
    const wide = week({ lean: 0.45, band: [-0.05, 0.95], managementEntries: 2, architectureEntries: 3 });
    render(<LeanChart rows={[wide]} onSelectRow={vi.fn()} />);
    await user.hover(screen.getByRole('button'));
    expect(tooltip()).toHaveTextContent('Lean +0.45: no clear lean (the plausible range includes zero)');
    expect(tooltip()).not.toHaveTextContent(/toward|clearly|strongly/);
    expect(document.querySelector('.lean-dot')).toHaveClass('lean-dot-even');
  });

  it('grades a clear week by its band, and gives a week with one kind of work no lean at all', async () => {
    const user = userEvent.setup();
    const clear = week({ key: 'a', lean: 0.3, band: [0.05, 0.55] });
    const oneSided = week({
      key: 'b',
      lean: null,
      band: null,
      managementEntries: 3,
      architectureEntries: 0,
      pathEntries: 3,
    });
    render(<LeanChart rows={[clear, oneSided]} onSelectRow={vi.fn()} />);
    const [first, second] = screen.getAllByRole('button');
    await user.hover(first as HTMLElement);
    expect(tooltip()).toHaveTextContent('Lean +0.30: toward architecture, fairly confident');
    expect(document.querySelector('.lean-dot')).toHaveClass('lean-dot-architecture');
    await user.hover(second as HTMLElement);
    expect(tooltip()).toHaveTextContent('Only people work logged (3 days): nothing to compare');
    expect(document.querySelectorAll('.lean-dot')).toHaveLength(1);
  });
});

describe('the bar charts', () => {
  it('draw a bar per activity, named by its label, feel and days', async () => {
    const onSelectRow = vi.fn();
    const user = userEvent.setup();
    render(<ActivityChart rows={data.activities} onSelectRow={onSelectRow} />);
    expect(document.querySelectorAll('.activity-bar')).toHaveLength(data.activities.length);
    const row = data.activities[0];
    if (!row) throw new Error('The journal has no activities.');
    const button = screen.getByRole('button', { name: new RegExp(`^${row.label}: average feel`) });
    await user.click(button);
    expect(onSelectRow).toHaveBeenCalledWith(row);
    expect(tooltip()).toHaveTextContent(row.label);
  });

  it('fill an activity’s bar only when its range is clear of neutral, and draw a whisker per range', () => {
    render(<ActivityChart rows={data.activities} onSelectRow={vi.fn()} />);
    const clear = data.activities.filter((row) => row.reading === 'energising' || row.reading === 'draining');
    const rated = data.activities.filter((row) => row.meanFeel !== null);
    // The architect's journal has both kinds, or the check below proves nothing.
    expect(clear.length).toBeGreaterThan(0);
    expect(clear.length).toBeLessThan(rated.length);
    expect(document.querySelectorAll('.activity-bar.clear')).toHaveLength(clear.length);
    expect(document.querySelectorAll('.activity-whisker')).toHaveLength(
      data.activities.filter((row) => row.band !== null).length,
    );
    const chance = data.activities.find((row) => row.reading === 'could be chance');
    if (!chance) throw new Error('The journal has no activity that could be chance.');
    expect(screen.getByRole('button', { name: new RegExp(`^${chance.label}: .*could be chance`) })).toBeTruthy();
  });

  it('draw a timing bar and whisker per stage with days, and the counts under each stage', () => {
    render(<TimingChart rows={data.timing} onSelectRow={vi.fn()} />);
    const withDays = data.timing.filter((row) => row.days > 0);
    expect(document.querySelectorAll('rect.timing-bar')).toHaveLength(withDays.length);
    expect(document.querySelectorAll('.timing-whisker')).toHaveLength(withDays.length);
    for (const row of withDays) expect(screen.getByText(`good on ${row.good} of ${row.days}`)).toBeInTheDocument();
  });

  it('draw the worst-hour test as yes, not sure and no per role, each with its band and its days', async () => {
    const onSelectRow = vi.fn<(bar: WorstHourBar) => void>();
    const user = userEvent.setup();
    const bars = worstHourBars(data.worstDay);
    render(<WorstHourChart bars={bars} onSelectRow={onSelectRow} />);
    const answered = bars.filter((bar) => bar.answered > 0);
    expect(document.querySelectorAll('rect.worst-hour-bar')).toHaveLength(answered.length);
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(
      bars.map(
        (bar) =>
          `${barTitle(bar)}, ${bar.share.count} of ${bar.answered} answers (${Math.round((bar.share.rate ?? 0) * 100)}%)`,
      ),
    );
    const no = bars.find((bar) => bar.path === 'management' && bar.answer === 'no');
    if (!no) throw new Error('No bar for the manager role’s no.');
    await user.click(screen.getByRole('button', { name: new RegExp(`^Engineering manager: no,`) }));
    expect(onSelectRow).toHaveBeenCalledWith(no);
    expect(tooltip()).toHaveTextContent(`No on ${no.share.count} of ${no.answered} answers`);
    expect(tooltip()).toHaveTextContent('Plausible range');
  });
});

describe('time axis labels', () => {
  const rows = Array.from({ length: 500 }, (_, index) => ({ label: `W${String(index).padStart(3, '0')}x` }));

  it('label at most twelve ticks, starting with the first', () => {
    const labelled = labelledRows(rows, 5000);
    expect(labelled.length).toBeLessThanOrEqual(12);
    expect(labelled[0]).toBe(rows[0]);
  });

  it('label fewer ticks on a narrow axis so they do not overlap', () => {
    expect(labelledRows(rows, 300).length).toBeLessThan(labelledRows(rows, 5000).length);
    expect(labelledRows(rows.slice(0, 3), 1000)).toHaveLength(3);
  });
});
