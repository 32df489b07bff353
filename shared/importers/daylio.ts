import type { PickedFile } from '../bridge';
import { EARLIEST_DATE, isLocalDate } from '../dates';
import { readCsv } from './csv';
import type { ForeignParse } from './foreignEntry';

/**
 * Daylio's CSV export: one row per entry with the columns full_date
 * (YYYY-MM-DD), date, weekday, time ("20:15" or "8:15 pm"), mood (one of the
 * five default moods or the user's own name), activities (separated by
 * " | "), note_title and note (HTML line breaks).
 */

const REQUIRED = ['full_date', 'time', 'mood', 'activities', 'note'] as const;

/** True when the text starts with a Daylio header row. */
export function looksLikeDaylio(text: string): boolean {
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = header.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  return columns.includes('full_date') && columns.includes('mood');
}

/** "20:15", "8:15 pm" or "08:15 AM" as HH:mm; null when it is none of these. */
export function daylioTime(raw: string): string | null {
  const match = /^(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?$/i.exec(raw.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.[0]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** A Daylio note as plain text: HTML line breaks as new lines, other tags dropped, common entities decoded. */
function noteText(raw: string): string {
  return raw
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]{0,200}>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The entries of a Daylio CSV export; rows that cannot be read are listed with their line. */
export function parseDaylio(file: PickedFile): ForeignParse {
  const parse: ForeignParse = { source: 'daylio', entries: [], problems: [], warnings: [] };
  const read = readCsv(file.text);
  if ('openQuoteLine' in read) {
    parse.problems.push({
      name: file.name,
      reason: `has a quote opened on line ${read.openQuoteLine} that never closes, so the file is cut short`,
    });
    return parse;
  }
  const [header, ...rows] = read.rows;
  const columns = (header ?? []).map((cell) => cell.trim());
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    parse.problems.push({
      name: file.name,
      reason: `lacks the Daylio column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`,
    });
    return parse;
  }
  const at = (cells: string[], column: string) => cells[columns.indexOf(column)] ?? '';
  for (const [index, cells] of rows.entries()) {
    const origin = `${file.name}, row ${index + 2}`;
    const date = at(cells, 'full_date').trim();
    if (!isLocalDate(date) || date < EARLIEST_DATE) {
      parse.problems.push({ name: origin, reason: `has “${date}” as its full_date, which is not a date` });
      continue;
    }
    const rawTime = at(cells, 'time');
    const time = daylioTime(rawTime);
    if (rawTime.trim() !== '' && time === null) {
      parse.warnings.push({ name: origin, message: `its time “${rawTime}” could not be read, so it was left out` });
    }
    const mood = at(cells, 'mood').trim();
    parse.entries.push({
      date,
      time,
      title: noteText(at(cells, 'note_title')),
      text: noteText(at(cells, 'note')),
      tags: [],
      starred: false,
      mood: mood === '' ? null : mood,
      activities: at(cells, 'activities')
        .split('|')
        .map((name) => name.trim())
        .filter(Boolean),
      origin,
      createdAt: null,
    });
  }
  return parse;
}
