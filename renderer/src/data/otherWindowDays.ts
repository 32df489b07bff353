import type { LocalDate } from '../../../shared';
import { getEntry } from './entriesRepository';
import { daysChanged, noteJournalChange, onOtherWindowDays } from './journalChanges';

/**
 * Brings the days another window of the app saved (a quick capture) to this
 * window's journal-change listeners, as read from the shared database, so
 * the live folder writes them now rather than at the next open or unlock.
 * Followed only while this window's journal is open: a locked journal is not
 * written anywhere (and the quick-capture window cannot save while locked).
 */
export function followOtherWindows(): () => void {
  let reading: Promise<void> = Promise.resolve();
  const read = async (dates: LocalDate[]) => {
    const days = await Promise.all(dates.map(async (date) => [date, await getEntry(date)] as const));
    const saved = days.flatMap(([, entry]) => (entry ? [entry] : []));
    const removed = days.filter(([, entry]) => !entry).map(([date]) => date);
    noteJournalChange(daysChanged(saved, removed), true);
  };
  return onOtherWindowDays((dates) => {
    // In order, one at a time, so a later save of a day is never overtaken by an earlier one.
    reading = reading
      .then(() => read(dates))
      .catch((error: unknown) => console.error('Forkcast: could not read a day saved in another window', error));
  });
}
