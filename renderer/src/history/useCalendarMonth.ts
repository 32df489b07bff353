import { useState } from 'react';
import type { LocalDate } from '../../../shared';
import { monthOf, shiftMonth, type Month } from './calendarMonth';

export interface CalendarMonth {
  month: Month;
  isThisMonth: boolean;
  /** False on today's month: later months hold only days that cannot be written yet. */
  canGoNext: boolean;
  goPrevious: () => void;
  goNext: () => void;
  goThisMonth: () => void;
}

/** Which month the History calendar shows, starting at today's. */
export function useCalendarMonth(today: LocalDate): CalendarMonth {
  const thisMonth = monthOf(today);
  const [month, setMonth] = useState<Month>(thisMonth);
  return {
    month,
    isThisMonth: month === thisMonth,
    canGoNext: month < thisMonth,
    goPrevious: () => setMonth((current) => shiftMonth(current, -1)),
    goNext: () => setMonth((current) => (current < thisMonth ? shiftMonth(current, 1) : current)),
    goThisMonth: () => setMonth(thisMonth),
  };
}
