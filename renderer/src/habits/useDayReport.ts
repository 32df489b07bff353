import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { isBlankEntry, systemTimeZone, type LocalDate, type OpenToday } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { getEntry } from '../data/entriesRepository';

/**
 * Keeps the reminder told whether today is written (a day with anything
 * chosen or typed), in the time zone the page is in now, so a written day
 * gets no reminder and a trip moves the reminder with the user. And shows
 * Today when the reminder or the tray asks for it. Waits for the journal
 * to be open (`ready`) before reading it.
 */
export function useDayReport(ready: boolean, today: LocalDate, onOpenToday: (request: OpenToday) => void): void {
  const written = useLiveQuery(async () => {
    if (!ready) return undefined;
    const entry = await getEntry(today);
    return entry !== undefined && !isBlankEntry(entry);
  }, [ready, today]);

  useEffect(() => {
    if (written === undefined) return;
    bridge
      .reportDay({ date: today, written, timeZone: systemTimeZone() })
      .catch((error: unknown) => console.error('Forkcast: could not tell the reminder about today', error));
  }, [today, written]);

  useEffect(() => bridge.onOpenToday(onOpenToday), [onOpenToday]);
}
