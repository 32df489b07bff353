import { emptyEntry, type DayKind, type Entry, type LocalDate } from '../../../shared';
import { getEntry, saveEntry } from '../data/entriesRepository';
import { ValidationError } from '../data/errors';

/** The longest line quick capture takes: a line, not an essay (the day's notes take the rest). */
export const CAPTURE_LINE_CHARS = 500;

/** What quick capture adds to a day's notes: the line, after what is there, a blank line between. */
export function withCapturedLine(notes: string, line: string): string {
  const added = line.replace(/\s+/g, ' ').trim();
  if (added === '') return notes;
  const kept = notes.trimEnd();
  return kept === '' ? added : `${kept}\n\n${added}`;
}

/**
 * Saves a quick capture into the day, like any entry: the day kind when one
 * was chosen, and the line added to the notes; nothing else the day holds
 * changes. If the main window saves the day at the same moment, the capture
 * is put on top of that save (a second try), never over it.
 */
export async function captureDay(
  date: LocalDate,
  capture: { dayKind: DayKind | null; line: string },
  now = new Date(),
): Promise<Entry> {
  if (capture.dayKind === null && capture.line.trim() === '') {
    throw new ValidationError('Choose how the day went or write a line first.');
  }
  if (capture.line.length > CAPTURE_LINE_CHARS) {
    throw new ValidationError(`A quick line holds up to ${CAPTURE_LINE_CHARS} characters; write the rest on Today.`);
  }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const current = await getEntry(date);
    const day = current ?? emptyEntry(date, now);
    const result = await saveEntry(
      { ...day, dayKind: capture.dayKind ?? day.dayKind, notes: withCapturedLine(day.notes, capture.line) },
      current?.revision ?? null,
      now,
    );
    if (result.status === 'saved') return result.entry;
  }
  throw new ValidationError('Today kept changing in the main window while saving. Nothing was added; try again.');
}
