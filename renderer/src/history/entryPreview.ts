import { firstLine, formatDate, highlightLabel, type Entry, type LocalDate } from '../../../shared';

/** The first line the user wrote that day: an answer, the best moment, the notes, or the tags. */
export function entryPreview(entry: Entry): string {
  const texts = [...entry.prompts.map((prompt) => prompt.answer), entry.highlight.text, entry.notes];
  for (const text of texts) {
    const line = firstLine(text);
    if (line) return line;
  }
  if (entry.highlight.kind) return highlightLabel(entry.highlight.kind);
  return entry.tags.map((tag) => `#${tag}`).join(' ');
}

/** "Thu 12 Nov 2026" */
export function listDate(date: LocalDate): string {
  return formatDate(date, 'shortWeekdayDate');
}

/** "12 November" */
export function calendarDayName(date: LocalDate): string {
  return formatDate(date, 'dayLongMonth');
}

/** What a row says of a day that did not decrypt (the notice at the top names it too). */
export const UNREADABLE = 'Could not be decrypted: left as it is';
