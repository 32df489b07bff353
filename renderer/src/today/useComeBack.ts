import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { LocalDate } from '../../../shared';
import { readLookBack, readMissedDays, type LookBackDay } from '../data/lookBackQueries';

/** The days a month, three months and a year ago, as written; undefined while reading. */
export function useLookBack(today: LocalDate): LookBackDay[] | undefined {
  return useLiveQuery(() => readLookBack(today), [today]);
}

const DISMISSED_KEY = 'forkcast.missedDaysDismissedOn';

function dismissedOn(): string | null {
  try {
    return localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

/**
 * The past week's unwritten days (updated as they are written), and "not
 * now", which hides the offer until tomorrow.
 */
export function useMissedDays(today: LocalDate): { missed: LocalDate[]; dismiss: () => void } {
  const missed = useLiveQuery(() => readMissedDays(today), [today]);
  const [dismissed, setDismissed] = useState(() => dismissedOn());
  const dismiss = () => {
    try {
      localStorage.setItem(DISMISSED_KEY, today);
    } catch {
      // Without storage it is hidden for this visit only.
    }
    setDismissed(today);
  };
  return { missed: dismissed === today ? [] : (missed ?? []), dismiss };
}
