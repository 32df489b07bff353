import { describe, expect, it } from 'vitest';
import { shiftDate } from '../../../shared';
import { highlightQuotes } from '../../../shared/trends';
import { entryFixture } from '../../fixtures/entries';

const withHighlight = (date: string, text: string) =>
  entryFixture(date, { highlight: { kind: text ? 'design-clicked' : null, text } });

describe('highlight quotes', () => {
  it('quotes the written highlights newest first, trimmed, with their kind in words', () => {
    const { quotes, count } = highlightQuotes([
      withHighlight('2026-11-02', '  The schema clicked.  '),
      withHighlight('2026-11-05', ''),
      entryFixture('2026-11-04', { highlight: { kind: null, text: 'No kind picked.' } }),
    ]);
    expect(count).toBe(2);
    expect(quotes).toEqual([
      { date: '2026-11-04', kind: null, text: 'No kind picked.' },
      { date: '2026-11-02', kind: 'A design fell into place', text: 'The schema clicked.' },
    ]);
  });

  it('spreads a few quotes over a long range, always including the latest', () => {
    const entries = Array.from({ length: 60 }, (_, day) => withHighlight(shiftDate('2026-01-01', day), `Day ${day}`));
    const { quotes, count } = highlightQuotes(entries, 6);
    expect(count).toBe(60);
    expect(quotes.map((quote) => quote.text)).toEqual(['Day 59', 'Day 49', 'Day 39', 'Day 29', 'Day 19', 'Day 9']);
  });
});
