// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { badDay, entryFixture, goodDay } from '../../fixtures/entries';
import { renderHistory, useEmptyJournal } from './renderHistory';

useEmptyJournal();

/** The result rows once each has been read: their text, newest first. */
async function resultTexts(): Promise<string[]> {
  const results = await screen.findByRole('list', { name: 'Search results, newest first' });
  let texts: string[] = [];
  await waitFor(() => {
    const rows = within(results).getAllByRole('button');
    expect(rows.every((row) => row.getAttribute('aria-busy') === 'false')).toBe(true);
    texts = rows.map((row) => row.textContent ?? '');
  });
  return texts;
}

const status = () => screen.getByRole('status');

describe('History search', () => {
  it('marks a word from the notes and opens the day of the result', async () => {
    const { onOpenDay, user } = await renderHistory([goodDay('2026-11-12'), badDay('2026-11-03')]);
    await screen.findByRole('list', { name: 'Entries, newest first' });

    await user.type(screen.getByRole('searchbox', { name: 'Search entries' }), 'NOWHERE');

    expect(await resultTexts()).toEqual([expect.stringMatching(/^Tue, 3 Nov 2026.*Notes/)]);
    expect(status()).toHaveTextContent('1 entry matches “NOWHERE” (of 2)');
    const result = within(screen.getByRole('list', { name: 'Search results, newest first' })).getByRole('button');
    expect(
      within(result)
        .getAllByText((_, element) => element?.tagName === 'MARK')
        .map((m) => m.textContent),
    ).toEqual(['nowhere']);

    await user.click(result);
    expect(onOpenDay).toHaveBeenCalledWith('2026-11-03');
  });

  it('shows the first results with their text at once: the answer brings their entries', async () => {
    const { user } = await renderHistory([goodDay('2026-11-12'), badDay('2026-11-03'), badDay('2026-11-01')]);
    await screen.findByRole('list', { name: 'Entries, newest first' });
    const read = vi.spyOn(db.entries, 'bulkGet');

    await user.type(screen.getByRole('searchbox', { name: 'Search entries' }), 'bad day');

    const results = await screen.findByRole('list', { name: 'Search results, newest first' });
    const rows = within(results).getAllByRole('button');
    expect(rows.map((row) => row.getAttribute('aria-busy'))).toEqual(['false', 'false']);
    expect(rows[0]).toHaveTextContent(/^Tue, 3 Nov 2026/);
    expect(read).not.toHaveBeenCalled();
  });

  it('finds activities, day kinds and best-moment kinds by their names, needing every word', async () => {
    const { user } = await renderHistory([
      goodDay('2026-11-12'),
      badDay('2026-11-03'),
      entryFixture('2026-11-05', { notes: 'A design review and a doc, but no design doc activity.' }),
      entryFixture('2026-11-06', { highlight: { kind: 'bad-idea-stopped', text: '' } }),
    ]);
    const box = await screen.findByRole('searchbox', { name: 'Search entries' });

    await user.type(box, 'design doc');
    expect(await resultTexts()).toEqual([
      expect.stringMatching(/^Thu, 12 Nov 2026.*Activities\s*Design doc/),
      expect.stringMatching(/^Thu, 5 Nov 2026.*Notes/),
    ]);
    await user.clear(box);
    await user.type(box, 'bad day');
    expect(await resultTexts()).toEqual([expect.stringMatching(/^Tue, 3 Nov 2026.*Day\s*bad day/)]);
    await user.clear(box);
    await user.type(box, 'bad idea');
    expect(await resultTexts()).toEqual([
      expect.stringMatching(/^Fri, 6 Nov 2026.*Best moment\s*A review stopped a bad idea early/),
    ]);
  });

  it('narrows by day kind, activity, path and dates, with or without words, and says how many match', async () => {
    const { user } = await renderHistory([
      goodDay('2026-11-12'),
      goodDay('2026-10-20', { activities: [{ id: 'one-on-ones', feel: 1 }] }),
      badDay('2026-11-03'),
      entryFixture('2026-11-07', { notes: 'No kind on this one.' }),
    ]);
    await screen.findByRole('list', { name: 'Entries, newest first' });
    const filters = screen.getByRole('group', { name: 'Filters' });

    await user.selectOptions(within(filters).getByLabelText('Day kind'), 'Good days');
    expect(await resultTexts()).toEqual([expect.stringMatching(/^Thu, 12 Nov/), expect.stringMatching(/^Tue, 20 Oct/)]);
    expect(status()).toHaveTextContent('2 entries match the filters (of 4)');

    await user.selectOptions(within(filters).getByLabelText('Path'), 'Some people work');
    expect(await resultTexts()).toEqual([expect.stringMatching(/^Tue, 20 Oct/)]);

    await user.selectOptions(within(filters).getByLabelText('Path'), 'Either path');
    await user.selectOptions(within(filters).getByLabelText('Activity'), 'Design doc');
    expect(await resultTexts()).toEqual([expect.stringMatching(/^Thu, 12 Nov/)]);

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(within(filters).getByLabelText('Day kind'), 'Days without a kind');
    expect(await resultTexts()).toEqual([expect.stringMatching(/^Sat, 7 Nov/)]);

    await user.selectOptions(within(filters).getByLabelText('Day kind'), 'Any day');
    await user.type(within(filters).getByLabelText('From'), '2026-11-01');
    await user.type(within(filters).getByLabelText('To'), '2026-11-10');
    await user.type(screen.getByRole('searchbox', { name: 'Search entries' }), 'calibration');
    expect(await resultTexts()).toEqual([expect.stringMatching(/^Tue, 3 Nov/)]);
    expect(status()).toHaveTextContent('1 entry matches “calibration” and the filters (of 4)');
  });

  it('says when nothing matches and clears back to the list', async () => {
    const { user } = await renderHistory([goodDay('2026-11-12')]);
    const box = await screen.findByRole('searchbox', { name: 'Search entries' });

    await user.type(box, 'zebra');
    expect(await screen.findByText(/Nothing matches/)).toBeInTheDocument();
    expect(status()).toHaveTextContent('0 entries match “zebra” (of 1)');

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(await screen.findByRole('list', { name: 'Entries, newest first' })).toBeInTheDocument();
  });
});
