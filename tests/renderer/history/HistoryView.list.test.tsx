// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { shiftDate } from '../../../shared';
import { badDay, entryFixture, goodDay } from '../../fixtures/entries';
import { renderHistory, useEmptyJournal } from './renderHistory';

useEmptyJournal();

describe('History list', () => {
  it('shows entries newest first with day kind, energy and first line', async () => {
    await renderHistory([
      badDay('2026-11-03'),
      goodDay('2026-11-12', { prompts: [{ id: 'good-flow', answer: 'Deep in the schema\nall afternoon' }] }),
      entryFixture('2026-11-07', { notes: '# Quiet day\nNothing much.' }),
    ]);

    const list = await screen.findByRole('list', { name: 'Entries, newest first' });
    // Rows show their date at once and the rest once their page is read.
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('button')
          .map((row) => row.textContent),
      ).toEqual([
        expect.stringMatching(/^Thu, 12 Nov 2026.*good day.*Energy 4\/5.*Deep in the schema$/),
        expect.stringMatching(/^Sat, 7 Nov 2026.*Quiet day$/),
        expect.stringMatching(/^Tue, 3 Nov 2026.*bad day.*Energy 2\/5.*Calibration ran long/),
      ]),
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 entries, newest first');
  });

  it('opens the day of a row', async () => {
    const { onOpenDay, user } = await renderHistory([goodDay('2026-11-12'), badDay('2026-11-03')]);

    await user.click(await screen.findByRole('button', { name: /^Tue, 3 Nov 2026/ }));
    expect(onOpenDay).toHaveBeenCalledWith('2026-11-03');
  });

  it('renders only the rows in view of a long journal', async () => {
    const entries = Array.from({ length: 500 }, (_, i) => goodDay(shiftDate('2026-11-20', -i)));
    await renderHistory(entries);

    const list = await screen.findByRole('list', { name: 'Entries, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(50);
    expect(items[0]).toHaveAttribute('aria-setsize', '500');
    expect(items[0]).toHaveTextContent('Fri, 20 Nov 2026');
  });

  it('reads only the pages of rows in view, not the whole journal', async () => {
    const entries = Array.from({ length: 2_000 }, (_, i) => goodDay(shiftDate('2026-11-20', -i)));
    const read = vi.spyOn(db.entries, 'bulkGet');
    await renderHistory(entries);
    const list = await screen.findByRole('list', { name: 'Entries, newest first' });
    await waitFor(() => expect(within(list).getAllByRole('button')[0]).toHaveAttribute('aria-busy', 'false'));
    const asked = read.mock.calls.reduce((sum, [keys]) => sum + keys.length, 0);
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(100);
    expect(screen.getByRole('status')).toHaveTextContent('2,000 entries, newest first');
  });

  it('shows the first rows with the list, read with the dates rather than after them', async () => {
    const entries = Array.from({ length: 120 }, (_, i) => goodDay(shiftDate('2026-11-20', -i)));
    const read = vi.spyOn(db.entries, 'bulkGet');
    await renderHistory(entries);
    const list = await screen.findByRole('list', { name: 'Entries, newest first' });
    // The moment the list appears, its first rows already show their day, not a placeholder.
    const rows = within(list).getAllByRole('button');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows.slice(0, 5)) expect(row).toHaveAttribute('aria-busy', 'false');
    expect(rows[0]).toHaveTextContent(/^Fri, 20 Nov 2026.*good day/);
    // One read of the first page, with the dates; the rows in view ask for nothing more.
    expect(read.mock.calls.map(([keys]) => keys.length)).toEqual([50]);
  });

  it('follows a day written elsewhere while it is open', async () => {
    await renderHistory([goodDay('2026-11-12')]);
    await screen.findByRole('button', { name: /^Thu, 12 Nov 2026/ });
    await putEntries([badDay('2026-11-14', { notes: 'Written in another window.' })]);
    expect(await screen.findByRole('button', { name: /^Sat, 14 Nov 2026.*Written in another window/ })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('2 entries, newest first');
  });

  it('invites a new user to write today', async () => {
    const { onOpenDay, user } = await renderHistory([]);

    expect(await screen.findByText(/No entries yet — write today's/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Write today's entry" }));
    expect(onOpenDay).toHaveBeenCalledWith('2026-11-20');
  });
});
