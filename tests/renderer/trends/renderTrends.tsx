import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Entry, LocalDate } from '../../../shared';
import { DEFAULT_RANGE } from '../../../shared/trends';
import { db } from '../../../renderer/src/data/database';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { TrendsView } from '../../../renderer/src/trends/TrendsView';
import { setRangeChoice } from '../../../renderer/src/trends/useRangeChoice';

export const TODAY: LocalDate = '2026-11-20';

/**
 * Opens the (fake-indexeddb backed) journal empty, with the default range,
 * before each test of the calling file. jsdom has no Worker, so the trends
 * are computed by the main-thread fallback, from the same code.
 *
 * Trends are cached per journal fingerprint (day count, latest save), so
 * tests in one file seed journals of different sizes.
 */
export function useEmptyJournal(): void {
  beforeEach(async () => {
    await db.open();
    await db.entries.clear();
    await db.customActivities.clear();
    setRangeChoice(DEFAULT_RANGE);
  });
  afterEach(() => cleanup());
}

export async function renderTrends(entries: readonly Entry[]) {
  await putEntries(entries);
  const onOpenDay = vi.fn<(date: LocalDate) => void>();
  const user = userEvent.setup();
  render(<TrendsView today={TODAY} onOpenDay={onOpenDay} />);
  return { onOpenDay, user };
}
