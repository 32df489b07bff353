// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { goodDay } from '../../fixtures/entries';
import { generateJournal } from '../../fixtures/journal';
import { renderTrends, TODAY, useEmptyJournal } from './renderTrends';

useEmptyJournal();

const headline = () => screen.findByRole('heading', { level: 2, name: /^(Leaning|Too early|No clear lean)/ });

describe('Trends', () => {
  it('shows each chart as a table whose rows list their days, each opening in Today', async () => {
    const { user, onOpenDay } = await renderTrends(
      generateJournal({ seed: 5, days: 40, persona: 'architect', endDate: TODAY }),
    );
    await headline();
    const lean = screen.getByRole('region', { name: 'Your lean, week by week' });
    await user.click(within(lean).getByRole('button', { name: 'Show as table' }));
    const rows = within(lean).getAllByRole('row');
    // A header row, then one row per week: 40 days from Monday 12 October fill 6 weeks.
    expect(rows).toHaveLength(7);
    const lastWeek = rows[6] as HTMLElement;
    expect(lastWeek).toHaveTextContent(/^Week of Mon, 16 Nov 2026/);
    await user.click(within(lastWeek).getByRole('button', { name: 'List 5 days' }));

    const list = screen.getByRole('region', { name: 'Days behind: Week of Mon, 16 Nov 2026' });
    const days = within(list).getAllByRole('button', { name: /2026/ });
    expect(days.map((day) => day.textContent)).toEqual([
      expect.stringContaining('Fri, 20 Nov 2026'),
      expect.stringContaining('Thu, 19 Nov 2026'),
      expect.stringContaining('Wed, 18 Nov 2026'),
      expect.stringContaining('Tue, 17 Nov 2026'),
      expect.stringContaining('Mon, 16 Nov 2026'),
    ]);
    await user.click(days[1] as HTMLElement);
    expect(onOpenDay).toHaveBeenCalledWith('2026-11-19');

    await user.click(within(list).getByRole('button', { name: 'Close list' }));
    expect(screen.queryByRole('region', { name: /^Days behind/ })).not.toBeInTheDocument();
    await user.click(within(lean).getByRole('button', { name: 'Show as chart' }));
    expect(within(lean).queryByRole('table')).not.toBeInTheDocument();
  });

  it('follows the range the user picks, including dates of their own', async () => {
    const { user } = await renderTrends(generateJournal({ seed: 5, days: 130, persona: 'architect', endDate: TODAY }));
    await headline();
    expect(screen.getByText(/^130 days written/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Last 30 days' }));
    expect(await screen.findByText(/^30 days written in 22 Oct 2026 – 20 Nov 2026/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Custom…' }));
    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2026-11-21');
    expect(screen.getByText('The start date comes after the end date.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show' })).toBeDisabled();
    await user.clear(from);
    await user.type(from, '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText(/^20 days written in 1 Nov 2026 – 20 Nov 2026/)).toBeInTheDocument();
  });

  it('updates live when days are written', async () => {
    await renderTrends(['2026-11-19', '2026-11-20'].map((date) => goodDay(date)));
    expect(await headline()).toHaveTextContent('Too early to tell');
    await putEntries(generateJournal({ seed: 9, days: 90, persona: 'architect', endDate: '2026-11-18' }));
    expect(await screen.findByRole('heading', { level: 2, name: /^Leaning architecture/ })).toBeInTheDocument();
    expect(screen.getByText(/^92 days written/)).toBeInTheDocument();
  });
});
