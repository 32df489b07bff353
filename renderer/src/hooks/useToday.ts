import { useEffect, useState } from 'react';
import { toLocalDate, type LocalDate } from '../../../shared';

/** Today's local date, updated when the day rolls over while the app is open. */
export function useToday(): LocalDate {
  const [today, setToday] = useState(() => toLocalDate(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => setToday(toLocalDate(new Date())), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
