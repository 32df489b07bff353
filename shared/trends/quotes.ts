import { highlightLabel } from '../highlights';
import type { Entry } from '../entry';
import type { HighlightQuote } from './types';

/** Quotes kept for the brief: enough to hear the user's voice, few enough to fit on one page. */
export const MAX_QUOTES = 6;

/**
 * Highlights the user wrote in the range, a few of them picked evenly across
 * it (so a brief over a year does not quote only its last week), newest first.
 */
export function highlightQuotes(
  entries: readonly Entry[],
  max = MAX_QUOTES,
): { quotes: HighlightQuote[]; count: number } {
  const written = entries
    .filter((entry) => entry.highlight.text.trim() !== '')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const picked =
    written.length <= max
      ? written
      : Array.from({ length: max }, (_, index) => written[Math.round(((index + 1) * written.length) / max) - 1]);
  const quotes = picked
    .filter((entry): entry is Entry => entry !== undefined)
    .map((entry) => ({
      date: entry.date,
      kind: entry.highlight.kind ? highlightLabel(entry.highlight.kind) : null,
      text: entry.highlight.text.trim(),
    }))
    .reverse();
  return { quotes, count: written.length };
}
