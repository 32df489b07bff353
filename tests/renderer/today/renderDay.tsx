import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { Entry } from '../../../shared';
import { db } from '../../../renderer/src/data/database';
import { getEntry } from '../../../renderer/src/data/entriesRepository';
import { writesSettled } from '../../../renderer/src/data/journalKey';
import { TodayView } from '../../../renderer/src/today/TodayView';

/** The day the Today view tests treat as today. */
export const TODAY = '2026-11-20';

/** A fresh journal and no drafts; call in beforeEach. */
export async function emptyJournal(): Promise<void> {
  // The last test's editor saves its day as it unmounts; that save must land before the clear, not after it.
  await writesSettled();
  await db.open();
  await Promise.all([db.entries.clear(), db.customActivities.clear(), db.settings.clear()]);
  localStorage.clear();
}

/** Renders the Today view on `date`, with a user to drive it and the callbacks it calls. */
export function renderDay(date: string) {
  const onChangeDate = vi.fn();
  const onOpenHelp = vi.fn();
  const onOpenReview = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <TodayView
      date={date}
      today={TODAY}
      onChangeDate={onChangeDate}
      onOpenHelp={onOpenHelp}
      onOpenReview={onOpenReview}
    />,
  );
  return { user, onChangeDate, onOpenHelp, onOpenReview, view };
}

/** An activity's row in the day's grid. */
export const row = (name: string) => screen.findByRole('row', { name });

/** Waits until the stored day satisfies `check` (autosave runs shortly after each change). */
export async function expectStored(date: string, check: (entry: Entry | undefined) => void): Promise<void> {
  await waitFor(async () => check(await getEntry(date)));
}

/** Waits for the editor to show the day (it reads storage first). */
export async function dayShown(): Promise<void> {
  expect(await screen.findByRole('radiogroup', { name: 'How was the day?' })).toBeInTheDocument();
}
