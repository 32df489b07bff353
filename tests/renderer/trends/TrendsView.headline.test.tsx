// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goodDay } from '../../fixtures/entries';
import { generateJournal, type Persona } from '../../fixtures/journal';
import { renderTrends, TODAY, useEmptyJournal } from './renderTrends';

useEmptyJournal();

const journal = (persona: Persona, days: number) => generateJournal({ seed: 21, days, persona, endDate: TODAY });
const headline = () => screen.findByRole('heading', { level: 2, name: /^(Leaning|Too early|No clear lean)/ });

describe('the Trends headline', () => {
  it('names architecture for an architect, with how sure, what the trend compared and how to read it', async () => {
    await renderTrends(journal('architect', 120));
    expect(await headline()).toHaveTextContent(/^Leaning architecture · confident/);
    expect(screen.getByText(/^Leaning toward architecture: system-shaping work has felt better/)).toBeInTheDocument();
    expect(screen.getByText(/^Your last 6 weeks written \(.+ – 20 Nov 2026\) lean /)).toBeInTheDocument();
    expect(screen.getByText(/^120 days written in 21 Nov 2025 – 20 Nov 2026/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'How to read these numbers' })).toHaveAttribute('href', '#/method');
  });

  it('says which days the figures rest on when the latest entry is weeks old, and counts unrated work', async () => {
    const old = generateJournal({ seed: 21, days: 90, persona: 'architect', endDate: '2026-10-01' });
    const [last] = old.slice(-1);
    if (!last) throw new Error('The journal is empty.');
    await renderTrends([...old.slice(0, -1), { ...last, activities: [{ id: 'design-doc', feel: null }] }]);
    await headline();
    expect(
      screen.getByText(/^Your latest entry in this range is from Thu, 1 Oct 2026, 50 days before its end/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^1 activity of people or system work is not rated yet/)).toBeInTheDocument();
  });

  it('names management for a manager', async () => {
    await renderTrends(journal('manager', 119));
    expect(await headline()).toHaveTextContent(/^Leaning management · (fairly )?confident/);
    expect(screen.getByText(/^Leaning toward management: people work has felt better/)).toBeInTheDocument();
  });

  it('explains too early: how many days there are and how many more will do', async () => {
    await renderTrends(['2026-11-18', '2026-11-19', '2026-11-20'].map((date) => goodDay(date)));
    expect(await headline()).toHaveTextContent('Too early to tell');
    expect(screen.getByText(/this range has 3, so 7 more days will do/)).toBeInTheDocument();
    expect(
      screen.getByText(/log 5 more days with people work and 2 more days with system-shaping work/),
    ).toBeInTheDocument();
  });

  it('explains unclear when one kind of work is missing', async () => {
    await renderTrends(journal('neutral-only', 60));
    expect(await headline()).toHaveTextContent(/^No clear lean yet/);
    expect(screen.getByText(/^People work shows up on 0 days and system-shaping work on 0 days/)).toBeInTheDocument();
  });

  it('explains unclear when the range still crosses zero', async () => {
    await renderTrends(journal('random', 100));
    expect(await headline()).toHaveTextContent(/^No clear lean yet/);
    expect(
      screen.getByText(/^The plausible range \(.+\) still includes zero, so neither path is named\./),
    ).toBeInTheDocument();
  });

  it('says so when nothing is written yet', async () => {
    await renderTrends([]);
    expect(await headline()).toHaveTextContent('Too early to tell');
    expect(screen.getByText(/this range has 0, so 10 more days will do/)).toBeInTheDocument();
    expect(screen.getAllByText('Nothing written in this range yet.')).toHaveLength(3);
    expect(
      screen.getByText('No bad days in this range, so the worst-hour test has no answers yet.'),
    ).toBeInTheDocument();
  });
});
