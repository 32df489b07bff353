// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { badDay, goodDay } from '../../fixtures/entries';
import { dayShown, emptyJournal, expectStored, renderDay, row, TODAY } from './renderDay';

beforeEach(emptyJournal);
afterEach(() => cleanup());

const gridRows = () =>
  within(screen.getByRole('grid', { name: 'Activities and how each felt' }))
    .getAllByRole('row')
    .map((element) => element.getAttribute('aria-label'));

describe('the day’s activities', () => {
  it('offers a new journal a short starter set instead of the whole catalog', async () => {
    renderDay(TODAY);
    await row('1:1s');
    expect(gridRows()).toEqual([
      '1:1s',
      'Design doc',
      'Coding',
      'Unblocking a team',
      'Framing a problem with product',
      'Code review',
      'Giving feedback',
      'Technical direction across teams',
    ]);
  });

  it('offers what the user logs most and lately first', async () => {
    await putEntries([
      goodDay('2026-11-16', { activities: [{ id: 'hiring', feel: 1 }] }),
      goodDay('2026-11-17', { activities: [{ id: 'hiring', feel: 1 }] }),
      goodDay('2026-11-18', {
        activities: [
          { id: 'hiring', feel: 1 },
          { id: 'spike', feel: 2 },
        ],
      }),
      badDay('2026-11-19', { activities: [{ id: 'incident-comms', feel: -2 }] }),
    ]);
    renderDay(TODAY);
    await row('Hiring loop');
    expect(gridRows().slice(0, 3)).toEqual(['Hiring loop', 'Running incident comms', 'Spike or prototype']);
  });

  it('lists what the day already holds first, and never moves a row while the user rates', async () => {
    await putEntries([
      goodDay('2026-11-18', { activities: [{ id: 'hiring', feel: 1 }] }),
      goodDay(TODAY, { activities: [{ id: 'admin', feel: -1 }] }),
    ]);
    const { user } = renderDay(TODAY);
    await row('Hiring loop');
    const before = gridRows();
    expect(before.slice(0, 2)).toEqual(['Email and admin', 'Hiring loop']);
    await user.click(within(await row('Hiring loop')).getByRole('button', { name: 'Energised' }));
    await user.click(within(await row('Coding')).getByRole('button', { name: 'Drained' }));
    expect(gridRows()).toEqual(before);
    await expectStored(TODAY, (entry) =>
      expect(entry?.activities).toEqual([
        { id: 'admin', feel: -1 },
        { id: 'hiring', feel: 2 },
        { id: 'coding', feel: -2 },
      ]),
    );
  });

  it('copies yesterday’s activities and feels in one click, and undoes it', async () => {
    await putEntries([
      goodDay('2026-11-18', { activities: [{ id: 'coding', feel: 2 }] }),
      badDay('2026-11-19', {
        activities: [
          { id: 'performance', feel: -2 },
          { id: 'hiring', feel: null },
        ],
      }),
    ]);
    const { user } = renderDay(TODAY);
    await user.click(await screen.findByRole('button', { name: 'Same as yesterday' }));
    await expectStored(TODAY, (entry) =>
      expect(entry?.activities).toEqual([
        { id: 'performance', feel: -2 },
        { id: 'hiring', feel: null },
      ]),
    );
    expect(screen.getByText('Copied 2 activities and how they felt from yesterday.')).toBeInTheDocument();
    // The fill buttons are for starting a day: they go once it has activities.
    expect(screen.queryByRole('button', { name: /^As my last good day/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await expectStored(TODAY, (entry) => expect(entry?.activities).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'As my last good day (Wed 18 Nov)' }));
    await expectStored(TODAY, (entry) => expect(entry?.activities).toEqual([{ id: 'coding', feel: 2 }]));
  });

  it('names the day it copies from when that was not yesterday', async () => {
    await putEntries([goodDay('2026-11-12', { activities: [{ id: 'coding', feel: 2 }] })]);
    renderDay(TODAY);
    expect(await screen.findByRole('button', { name: 'Same as Thu, 12 Nov 2026' })).toBeInTheDocument();
    // The last day was a good day too: one button, not two for the same day.
    expect(screen.queryByRole('button', { name: /^As my last good day/ })).toBeNull();
  });

  it('finds any activity by typing, adds it unrated with Enter, and lists it in the day', async () => {
    const { user } = renderDay(TODAY);
    await dayShown();
    await user.keyboard('{Control>}k{/Control}');
    // Hints count too: "vendor" is in what Platform choice covers.
    await user.keyboard('vendor');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Platform choicesystem',
      'Add “vendor” as your own activity…',
    ]);
    await user.clear(screen.getByRole('combobox', { name: /^Add an activity/ }));
    await user.keyboard('spike{Enter}');
    const spike = await row('Spike or prototype');
    expect(within(spike).getByText('not rated')).toBeInTheDocument();
    await user.click(within(spike).getByRole('button', { name: 'Tiring' }));
    await expectStored(TODAY, (entry) => expect(entry?.activities).toEqual([{ id: 'spike', feel: -1 }]));
    // What is in the day is no longer offered.
    await user.click(screen.getByRole('combobox', { name: /^Add an activity/ }));
    await user.keyboard('spike');
    expect(screen.queryByRole('option', { name: /^Spike or prototype/ })).toBeNull();
  });

  it('turns a name that matches nothing into the user’s own activity, with its path', async () => {
    const { user } = renderDay(TODAY);
    await dayShown();
    await user.click(screen.getByRole('combobox', { name: /^Add an activity/ }));
    await user.keyboard('Vendor calls');
    await user.click(screen.getByRole('option', { name: 'Add “Vendor calls” as your own activity…' }));
    const form = screen.getByRole('form', { name: 'Your own activity' });
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('Vendor calls');
    await user.click(within(form).getByRole('radio', { name: 'People work (management)' }));
    await user.click(within(form).getByRole('button', { name: 'Add activity' }));
    await row('Vendor calls');
    expect(await db.customActivities.toArray()).toMatchObject([{ label: 'Vendor calls', lean: 'management' }]);
    await expectStored(TODAY, (entry) =>
      expect(entry?.activities).toEqual([{ id: 'custom-vendor-calls', feel: null }]),
    );
  });
});
