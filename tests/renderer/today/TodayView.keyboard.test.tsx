// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEntry } from '../../../renderer/src/data/entriesRepository';
import { dayShown, emptyJournal, expectStored, renderDay, row, TODAY } from './renderDay';

beforeEach(emptyJournal);
afterEach(() => cleanup());

const kind = () => screen.getByRole('radiogroup', { name: 'How was the day?' });
const checkedIn = (group: HTMLElement) =>
  within(group)
    .getAllByRole('radio')
    .filter((radio) => radio.getAttribute('aria-checked') === 'true')
    .map((radio) => radio.textContent);

describe('Today from the keyboard', () => {
  it('sets the day kind with G, M and B and energy with 1 to 5, as the chips show', async () => {
    const { user } = renderDay(TODAY);
    await dayShown();
    // The keys are on the chips, and announced.
    expect(within(kind()).getByRole('radio', { name: 'Mixed day' })).toHaveAttribute('aria-keyshortcuts', 'M');
    await user.keyboard('b');
    expect(checkedIn(kind())).toEqual(['BBad day']);
    await user.keyboard('g4');
    expect(checkedIn(kind())).toEqual(['GGood day']);
    await expectStored(TODAY, (entry) => expect(entry).toMatchObject({ dayKind: 'good', energy: 4 }));
  });

  it('leaves typed letters to the text box that has focus', async () => {
    const { user } = renderDay(TODAY);
    await dayShown();
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    await user.keyboard('bag 3');
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('bag 3');
    expect(checkedIn(kind())).toEqual([]);
  });

  it('jumps to the notes with N and to the activity search with Ctrl+K, without typing the key', async () => {
    const { user } = renderDay(TODAY);
    await dayShown();
    await user.keyboard('n');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveFocus();
    expect(notes).toHaveValue('');
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByRole('combobox', { name: /^Add an activity/ })).toHaveFocus();
  });

  it('moves across the day kinds with the arrows without choosing any, and chooses with Space', async () => {
    const { user } = renderDay(TODAY);
    await dayShown();
    const good = within(kind()).getByRole('radio', { name: 'Good day' });
    // One Tab stop for the whole row.
    expect(
      within(kind())
        .getAllByRole('radio')
        .map((radio) => radio.tabIndex),
    ).toEqual([0, -1, -1]);
    good.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(within(kind()).getByRole('radio', { name: 'Mixed day' })).toHaveFocus();
    expect(checkedIn(kind())).toEqual([]);
    await user.keyboard(' ');
    expect(checkedIn(kind())).toEqual(['MMixed day']);
    await expectStored(TODAY, (entry) => expect(entry?.dayKind).toBe('mixed'));
    expect((await getEntry(TODAY))?.revision).toBe(1);
  });

  it('clears a chosen day kind, energy or timing with its Clear button, Delete, or a second click', async () => {
    const { user } = renderDay(TODAY);
    await dayShown();
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Kept.');
    await user.click(document.body);
    await user.keyboard('g3');
    await user.click(screen.getByRole('button', { name: 'Clear the day kind' }));
    expect(checkedIn(kind())).toEqual([]);
    const energy = screen.getByRole('radiogroup', { name: /^Energy/ });
    within(energy).getByRole('radio', { name: '3' }).focus();
    await user.keyboard('{Delete}');
    expect(checkedIn(energy)).toEqual([]);
    const timing = screen.getByRole('radiogroup', { name: /main conversation/ });
    const shaping = within(timing).getByRole('radio', { name: 'Shaping the solution' });
    await user.click(shaping);
    expect(screen.getByRole('button', { name: 'Clear the timing' })).toBeInTheDocument();
    await user.click(shaping);
    expect(checkedIn(timing)).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Clear the/ })).toBeNull();
    await expectStored(TODAY, (entry) =>
      expect(entry).toMatchObject({ notes: 'Kept.', dayKind: null, energy: null, timing: null }),
    );
  });

  it('moves through the activity grid with the arrows, one Tab stop for all of it', async () => {
    const { user } = renderDay(TODAY);
    const first = await row('1:1s');
    const grid = screen.getByRole('grid', { name: 'Activities and how each felt' });
    const tabbable = within(grid)
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0);
    expect(tabbable).toEqual([within(first).getByRole('button', { name: '1:1s' })]);
    tabbable[0]?.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowDown}');
    const second = await row('Design doc');
    expect(within(second).getByRole('button', { name: 'Good' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await expectStored(TODAY, (entry) => expect(entry?.activities).toEqual([{ id: 'design-doc', feel: 1 }]));
    await user.keyboard('{End}');
    expect(within(second).getByRole('button', { name: 'Energised' })).toHaveFocus();
  });

  it('opens Help with ?', async () => {
    const { user, onOpenHelp } = renderDay(TODAY);
    await dayShown();
    await user.keyboard('?');
    expect(onOpenHelp).toHaveBeenCalledOnce();
  });
});
