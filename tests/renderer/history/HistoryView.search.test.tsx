// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { badDay, goodDay } from '../../fixtures/entries';
import { renderHistory, useEmptyJournal } from './renderHistory';

useEmptyJournal();

describe('History search', () => {
  it('marks a word from the notes and opens the day of the result', async () => {
    const { onOpenDay, user } = await renderHistory([goodDay('2026-11-12'), badDay('2026-11-03')]);
    await screen.findByRole('list', { name: 'Entries, newest first' });

    await user.type(screen.getByRole('searchbox', { name: 'Search entries' }), 'NOWHERE');

    const results = await screen.findByRole('list', { name: 'Search results, newest first' });
    expect(screen.getByRole('status')).toHaveTextContent('1 entry matches “NOWHERE”');
    const result = within(results).getByRole('button');
    expect(result).toHaveTextContent(/^Tue, 3 Nov 2026/);
    expect(result).toHaveTextContent('Notes');
    expect(
      within(result)
        .getAllByText((_, element) => element?.tagName === 'MARK')
        .map((m) => m.textContent),
    ).toEqual(['nowhere']);

    await user.click(result);
    expect(onOpenDay).toHaveBeenCalledWith('2026-11-03');
  });

  it('finds tags and highlight text, needing every word', async () => {
    const { user } = await renderHistory([goodDay('2026-11-12'), badDay('2026-11-03')]);
    const box = await screen.findByRole('searchbox', { name: 'Search entries' });

    await user.type(box, '#design storage');
    const results = await screen.findByRole('list', { name: 'Search results, newest first' });
    expect(within(results).getByRole('button')).toHaveTextContent(/^Thu, 12 Nov 2026/);
    expect(within(results).getByText('Best moment')).toBeInTheDocument();
    expect(within(results).getByText('Notes')).toBeInTheDocument();
    expect(within(results).getByText('and 1 more place')).toBeInTheDocument();
  });

  it('says when nothing matches and clears back to the list', async () => {
    const { user } = await renderHistory([goodDay('2026-11-12')]);
    const box = await screen.findByRole('searchbox', { name: 'Search entries' });

    await user.type(box, 'zebra');
    expect(await screen.findByText(/Nothing matches/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 entries match “zebra”');

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(await screen.findByRole('list', { name: 'Entries, newest first' })).toBeInTheDocument();
  });
});
