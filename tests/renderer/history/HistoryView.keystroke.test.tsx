// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as EntryListModule from '../../../renderer/src/history/EntryList';
import { badDay, goodDay } from '../../fixtures/entries';
import { renderHistory, useEmptyJournal } from './renderHistory';

/** Counts the renders of the (real) entry list, which is the slow part with 10,000 entries. */
const listRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../renderer/src/history/EntryList', async (importOriginal) => {
  const { EntryList } = await importOriginal<typeof EntryListModule>();
  return {
    EntryList: (props: ComponentProps<typeof EntryList>) => {
      listRenders.count += 1;
      return EntryList(props);
    },
  };
});

useEmptyJournal();

describe('History search while typing', () => {
  it('leaves the entry list alone until the results replace it', async () => {
    const { user } = await renderHistory([goodDay('2026-11-12'), badDay('2026-11-03')]);
    const list = await screen.findByRole('list', { name: 'Entries, newest first' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('button')
          .every((row) => row.getAttribute('aria-busy') === 'false'),
      ).toBe(true),
    );
    const before = listRenders.count;

    await user.type(screen.getByRole('searchbox', { name: 'Search entries' }), 'n');

    await screen.findByRole('list', { name: 'Search results, newest first' });
    // The keystroke's own render must not redraw the list it is about to replace.
    expect(listRenders.count).toBe(before);
  });
});
