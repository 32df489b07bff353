// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getEntry, putEntries } from '../../../renderer/src/data/entriesRepository';
import { TodayView } from '../../../renderer/src/today/TodayView';
import { badDay } from '../../fixtures/entries';

const TODAY = '2026-11-20';

beforeEach(async () => {
  await db.open();
  await Promise.all([db.entries.clear(), db.customActivities.clear(), db.settings.clear()]);
  localStorage.clear();
});
afterEach(() => cleanup());

function renderDay(date: string) {
  const onChangeDate = vi.fn();
  const user = userEvent.setup();
  render(<TodayView date={date} today={TODAY} onChangeDate={onChangeDate} />);
  return { user, onChangeDate };
}

describe('TodayView', () => {
  it('writes a good day and saves it without a save button', async () => {
    const { user } = renderDay(TODAY);
    await user.click(await screen.findByRole('radio', { name: /good day/i }));
    await user.click(screen.getByRole('radio', { name: '4' }));
    const [firstPrompt] = screen.getAllByRole('textbox', { name: /\?$|\.$/ });
    if (!firstPrompt) throw new Error('no prompt shown');
    await user.type(firstPrompt, 'A calm design review.');
    await user.click(screen.getByRole('checkbox', { name: 'Design doc' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'How did Design doc feel?' }), '2');
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

  it('starts a ticked activity as not rated, says how many are unrated, and saves unrated as null', async () => {
    const { user } = renderDay(TODAY);
    await user.click(await screen.findByRole('checkbox', { name: 'Design doc' }));
    await user.click(screen.getByRole('checkbox', { name: '1:1s' }));
    const designDoc = screen.getByRole('combobox', { name: 'How did Design doc feel?' });
    expect(designDoc).toHaveDisplayValue('Not rated');
    expect(screen.getByText(/^2 activities not rated yet/)).toBeInTheDocument();

    await user.selectOptions(designDoc, '0');
    expect(screen.getByText(/^1 activity not rated yet/)).toBeInTheDocument();
    await screen.findByText(/Saved at/);
    expect((await getEntry(TODAY))?.activities).toEqual([
      { id: 'design-doc', feel: 0 },
      { id: 'one-on-ones', feel: null },
    ]);

    // Back to unrated: the user can take a rating back.
    await user.selectOptions(designDoc, 'Not rated');
    expect(screen.getByText(/^2 activities not rated yet/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'How did 1:1s feel?' }), '1');
    await user.selectOptions(designDoc, '2');
    expect(screen.queryByText(/not rated yet/)).toBeNull();
  });

  it('shows the worst-hour test on bad days and stores the answers', async () => {
    await putEntries([badDay('2026-11-18', { worstDay: { management: null, architecture: null } })]);
    const { user } = renderDay('2026-11-18');
    const management = await screen.findByRole('group', { name: 'Engineering manager' });
    await user.click(within(management).getByRole('radio', { name: 'No' }));
    await screen.findByText(/Saved at/);
    expect((await getEntry('2026-11-18'))?.worstDay.management).toBe('no');
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
