import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../shared/importers/csv';

/** RFC 4180 quoting, as Daylio and spreadsheets write it. */
const quote = (cell: string) => (/[",\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell);

describe('readCsv', () => {
  it('reads back any rows written with RFC 4180 quoting, whatever the line breaks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', 'x', '|') });
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.constantFrom('\n', '\r\n', '\r'), (table, eol) => {
        const text = table.map((row) => row.map(quote).join(',')).join(eol) + eol;
        const kept = table.filter((row) => row.some((value) => value !== ''));
        expect(readCsv(text)).toEqual({ rows: kept });
      }),
    );
  });

  it('drops a byte order mark and blank lines', () => {
    expect(readCsv('\ufeffmood,note\r\n\r\ngood,"a, b"\n\n')).toEqual({
      rows: [
        ['mood', 'note'],
        ['good', 'a, b'],
      ],
    });
  });

  it('names the line where a quote opens and never closes', () => {
    expect(readCsv('mood,note\ngood,fine\nbad,"cut\nshort')).toEqual({ openQuoteLine: 3 });
  });
});
