import Papa from 'papaparse';

/**
 * Reads CSV as RFC 4180 writes it (papaparse: quoted fields may hold commas,
 * line breaks and doubled quotes). Returns the rows, or the line where a
 * quote is left open, so the user hears where the file was cut.
 */
export function readCsv(text: string): { rows: string[][] } | { openQuoteLine: number } {
  // One line break everywhere: papaparse guesses the break from the first line, and exports edited by hand mix them.
  const lines = text.replace(/\r\n?/g, '\n');
  // The delimiter is given, not guessed: Daylio writes commas, and a guess could pick a character of a note.
  const result = Papa.parse<string[]>(lines, { delimiter: ',', newline: '\n', skipEmptyLines: true });
  const openQuote = result.errors.find((error) => error.code === 'MissingQuotes');
  if (openQuote) return { openQuoteLine: lines.slice(0, openQuote.index ?? lines.length).split('\n').length };
  return { rows: result.data.filter((cells) => cells.some((cell) => cell !== '')) };
}
