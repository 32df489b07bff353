import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Entry, LocalDate } from '../../../shared';
import { db } from '../../../renderer/src/data/database';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { HistoryView } from '../../../renderer/src/history/HistoryView';

/** Opens the (fake-indexeddb backed) journal empty before each test of the calling file. */
export function useEmptyJournal(): void {
  beforeEach(async () => {
    await db.open();
    await db.entries.clear();
  });
  afterEach(() => cleanup());
}

/** Seeds `entries` and renders History as of `today`. */
export async function renderHistory(entries: readonly Entry[], today: LocalDate = '2026-11-20') {
  await putEntries(entries);
  const onOpenDay = vi.fn<(date: LocalDate) => void>();
  const user = userEvent.setup();
  render(<HistoryView today={today} onOpenDay={onOpenDay} />);
  return { onOpenDay, user };
}
