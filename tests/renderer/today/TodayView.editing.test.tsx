// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEntry, putEntries } from '../../../renderer/src/data/entriesRepository';
import { goodDay } from '../../fixtures/entries';
import { emptyJournal, expectStored, renderDay } from './renderDay';

beforeEach(emptyJournal);
afterEach(() => cleanup());

const dialog = () => screen.getByRole('dialog');

describe('editing a written day', () => {
  it('offers no move or delete for a day with nothing stored', async () => {
    renderDay('2026-11-19');
    await screen.findByRole('radiogroup', { name: 'How was the day?' });
    expect(screen.queryByRole('button', { name: 'Delete this day…' })).toBeNull();
  });

  it('deletes a day after asking, and puts it back with Undo', async () => {
    await putEntries([goodDay('2026-11-19', { notes: 'Worth keeping after all.' })]);
    const { user } = renderDay('2026-11-19');
    await user.click(await screen.findByRole('button', { name: 'Delete this day…' }));
    expect(dialog()).toHaveTextContent('Delete Thursday, 19 November 2026?');
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(await getEntry('2026-11-19')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete this day…' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Delete this day' }));
    await waitFor(async () => expect(await getEntry('2026-11-19')).toBeUndefined());
    expect(await screen.findByText('Deleted Thu, 19 Nov 2026.')).toBeInTheDocument();
    // The editor starts over on the empty day.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(''));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await expectStored('2026-11-19', (entry) => expect(entry?.notes).toBe('Worth keeping after all.'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Worth keeping after all.'));
  });

  it('deletes the words on screen too, and Undo brings those back', async () => {
    await putEntries([goodDay('2026-11-19', { notes: 'Saved.' })]);
    const { user } = renderDay('2026-11-19');
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    await waitFor(() => expect(notes).toHaveValue('Saved.'));
    await user.type(notes, ' And typed just now.');
    await user.click(screen.getByRole('button', { name: 'Delete this day…' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Delete this day' }));
    await screen.findByText('Deleted Thu, 19 Nov 2026.');
    // Nothing is left to save the old words back: no pending copy, no entry.
    expect(localStorage.getItem('forkcast.draft.2026-11-19')).toBeNull();
    expect(await getEntry('2026-11-19')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await expectStored('2026-11-19', (entry) => expect(entry?.notes).toBe('Saved. And typed just now.'));
  });

  it('moves a day to an empty date, and refuses a date that is written or in the future', async () => {
    await putEntries([goodDay('2026-11-19', { notes: 'Written under the wrong date.' }), goodDay('2026-11-17')]);
    const { user, onChangeDate } = renderDay('2026-11-19');
    await user.click(await screen.findByRole('button', { name: 'Move to another date…' }));
    const date = within(dialog()).getByLabelText('New date');
    const move = within(dialog()).getByRole('button', { name: 'Move the day' });
    expect(move).toBeDisabled();
    await user.type(date, '2026-11-21');
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Future days cannot be written yet.');
    expect(move).toBeDisabled();

    await user.clear(date);
    await user.type(date, '2026-11-17');
    await user.click(move);
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(
      'Tuesday, 17 November 2026 already has an entry.',
    );
    expect((await getEntry('2026-11-19'))?.notes).toBe('Written under the wrong date.');

    await user.clear(date);
    await user.type(date, '2026-11-18');
    await user.click(move);
    await waitFor(() => expect(onChangeDate).toHaveBeenCalledWith('2026-11-18'));
    expect(await getEntry('2026-11-19')).toBeUndefined();
    expect((await getEntry('2026-11-18'))?.notes).toBe('Written under the wrong date.');
    expect(screen.getByText('Moved to Wed, 18 Nov 2026.')).toBeInTheDocument();
  });
});
