// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { badDay, entryFixture, goodDay } from '../../fixtures/entries';
import { renderHistory, useEmptyJournal } from './renderHistory';

useEmptyJournal();

describe('History calendar', () => {
  it('marks good and bad days with a letter and names them', async () => {
    await renderHistory([goodDay('2026-11-12'), badDay('2026-11-03'), entryFixture('2026-11-05', { notes: 'x' })]);

    const good = await screen.findByRole('button', { name: '12 November: good day' });
    expect(good).toHaveTextContent('G');
    expect(good).toHaveClass('kind-good');
    const bad = screen.getByRole('button', { name: '3 November: bad day' });
    expect(bad).toHaveTextContent('B');
    expect(bad).toHaveClass('kind-bad');
    expect(screen.getByRole('button', { name: '5 November: written, no day kind' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '6 November: nothing written' })).not.toHaveTextContent(/[GMB]/);
    expect(screen.getByText(/3 days written: 1 good, 0 mixed, 1 bad/)).toBeInTheDocument();
  });

  it('opens a day when it is clicked, written or not', async () => {
    const { onOpenDay, user } = await renderHistory([goodDay('2026-11-12')]);

    await user.click(await screen.findByRole('button', { name: '12 November: good day' }));
    await user.click(screen.getByRole('button', { name: '6 November: nothing written' }));
    expect(onOpenDay.mock.calls).toEqual([['2026-11-12'], ['2026-11-06']]);
  });

  it('marks today and keeps days after it closed', async () => {
    await renderHistory([]);

    expect(await screen.findByRole('button', { name: '20 November: nothing written' })).toHaveAttribute(
      'aria-current',
      'date',
    );
    expect(screen.getByRole('button', { name: '21 November: not yet' })).toBeDisabled();
  });

  it('moves between months and back', async () => {
    const { user } = await renderHistory([badDay('2026-10-30')]);

    expect(screen.getByRole('heading', { name: 'November 2026' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next month' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(screen.getByRole('heading', { name: 'October 2026' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '30 October: bad day' })).toHaveTextContent('B');
    await user.click(screen.getByRole('button', { name: 'Back to this month' }));
    expect(screen.getByRole('heading', { name: 'November 2026' })).toBeInTheDocument();
  });
});
