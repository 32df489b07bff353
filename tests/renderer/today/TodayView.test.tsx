// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEntry, putEntries } from '../../../renderer/src/data/entriesRepository';
import { badDay } from '../../fixtures/entries';
import { emptyJournal, renderDay, row, TODAY } from './renderDay';

beforeEach(emptyJournal);
afterEach(() => cleanup());

describe('TodayView', () => {
  it('writes a good day and saves it without a save button', async () => {
    const { user } = renderDay(TODAY);
    await user.click(await screen.findByRole('radio', { name: /good day/i }));
    await user.click(screen.getByRole('radio', { name: '4' }));
    const [firstPrompt] = screen.getAllByRole('textbox', { name: /\?$|\.$/ });
    if (!firstPrompt) throw new Error('no prompt shown');
    await user.type(firstPrompt, 'A calm design review.');
    // One click on a feel adds the activity and rates it.
    await user.click(within(await row('Design doc')).getByRole('button', { name: 'Energised' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Shipped the plan.');
    await user.type(screen.getByRole('textbox', { name: 'Add tag' }), 'Design Review{Enter}');

    await screen.findByText(/Saved at/);
    const stored = await getEntry(TODAY);
    expect(stored).toMatchObject({
      dayKind: 'good',
      energy: 4,
      notes: 'Shipped the plan.',
      tags: ['design-review'],
      activities: [{ id: 'design-doc', feel: 2 }],
    });
    expect(stored?.prompts.some((prompt) => prompt.answer === 'A calm design review.')).toBe(true);
  });

  it('adds an activity by its name as not rated, says how many are unrated, and saves unrated as null', async () => {
    const { user } = renderDay(TODAY);
    await user.click(within(await row('Design doc')).getByRole('button', { name: 'Design doc' }));
    await user.click(within(await row('1:1s')).getByRole('button', { name: '1:1s' }));
    expect(within(await row('Design doc')).getByText('not rated')).toBeInTheDocument();
    expect(screen.getByText(/^2 activities not rated yet/)).toBeInTheDocument();

    await user.click(within(await row('Design doc')).getByRole('button', { name: 'Neutral' }));
    expect(screen.getByText(/^1 activity not rated yet/)).toBeInTheDocument();
    await screen.findByText(/Saved at/);
    expect((await getEntry(TODAY))?.activities).toEqual([
      { id: 'design-doc', feel: 0 },
      { id: 'one-on-ones', feel: null },
    ]);

    // Clicking the chosen feel again takes the rating back; the activity stays.
    const neutral = within(await row('Design doc')).getByRole('button', { name: 'Neutral' });
    expect(neutral).toHaveAttribute('aria-pressed', 'true');
    await user.click(neutral);
    expect(neutral).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(/^2 activities not rated yet/)).toBeInTheDocument();
    // The name takes it out of the day.
    await user.click(within(await row('1:1s')).getByRole('button', { name: '1:1s' }));
    await user.click(within(await row('Design doc')).getByRole('button', { name: 'Good' }));
    expect(screen.queryByText(/not rated yet/)).toBeNull();
    await waitFor(async () => expect((await getEntry(TODAY))?.activities).toEqual([{ id: 'design-doc', feel: 1 }]));
  });

  it('shows the worst-hour test on bad days and stores the answers', async () => {
    await putEntries([badDay('2026-11-18', { worstDay: { management: null, architecture: null } })]);
    const { user } = renderDay('2026-11-18');
    const management = await screen.findByRole('radiogroup', { name: 'Engineering manager' });
    await user.click(within(management).getByRole('radio', { name: 'No' }));
    await screen.findByText(/Saved at/);
    expect((await getEntry('2026-11-18'))?.worstDay.management).toBe('no');
  });

  it('asks the worst-hour test on bad days only, the days it counts on, and never hides answers a day holds', async () => {
    await putEntries([
      badDay('2026-11-17', { dayKind: 'mixed', worstDay: { management: null, architecture: null } }),
      badDay('2026-11-16', { dayKind: 'good', worstDay: { management: 'yes', architecture: null } }),
    ]);
    const first = renderDay('2026-11-17');
    await screen.findByRole('radio', { name: /mixed day/i, checked: true });
    expect(screen.queryByRole('radiogroup', { name: 'Engineering manager' })).toBeNull();
    await first.user.click(screen.getByRole('radio', { name: /bad day/i }));
    await screen.findByRole('radiogroup', { name: 'Engineering manager' });
    expect(screen.queryByText(/count only on a bad day/)).toBeNull();
    cleanup();

    const { user } = renderDay('2026-11-16');
    const management = await screen.findByRole('radiogroup', { name: 'Engineering manager' });
    expect(within(management).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByText(/These answers count only on a bad day/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the engineering manager answer' }));
    await waitFor(() => expect(screen.queryByRole('radiogroup', { name: 'Engineering manager' })).toBeNull());
    await waitFor(async () => expect((await getEntry('2026-11-16'))?.worstDay.management).toBeNull());
  });

  it('refuses a future day with a way back to today', async () => {
    const { user, onChangeDate } = renderDay('2026-11-21');
    expect(screen.getByRole('alert')).toHaveTextContent('Future days cannot be written yet.');
    expect(screen.queryByRole('textbox', { name: 'Notes' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Write today instead' }));
    expect(onChangeDate).toHaveBeenCalledWith(TODAY);
  });

  it('refuses an over-long note with a message and keeps the text on screen', { timeout: 60_000 }, async () => {
    const { user } = renderDay(TODAY);
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.paste('x'.repeat(1_000_001));
    expect(await screen.findByText(/Not saved/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/longer than 1,000,000 characters/);
    expect((notes as HTMLTextAreaElement).value).toHaveLength(1_000_001);
    expect(await getEntry(TODAY)).toBeUndefined();
  });
});
