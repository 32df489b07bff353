import { formatDate } from '../dateFormat';
import { fromLocalDate, type LocalDate } from '../dates';
import type { Entry } from '../entry';
import { dayFilePath } from './paths';

/** What the index shows about a day; days found on disk but not exported carry only their date. */
export type IndexDay = Pick<Entry, 'date'> & Partial<Pick<Entry, 'dayKind' | 'energy'>>;

// A file for other programs and other machines: its words do not follow this machine's locale.
const FILE_LOCALE = 'en';

/** Weekday names by day of the week, each formatted once: Intl's formatting dominated a 10,000-day index. */
function weekdayNames(): (date: LocalDate) => string {
  const names = new Map<number, string>();
  return (date) => {
    const day = fromLocalDate(date).getDay();
    let name = names.get(day);
    if (name === undefined) {
      name = formatDate(date, 'weekday', FILE_LOCALE);
      names.set(day, name);
    }
    return name;
  };
}

function describe(day: IndexDay, weekday: (date: LocalDate) => string): string {
  const parts = [weekday(day.date)];
  if (day.dayKind) parts.push(`${day.dayKind} day`);
  if (day.energy) parts.push(`energy ${day.energy}`);
  return parts.join(' · ');
}

/**
 * index.md: every day as a standard markdown link, grouped by year and month,
 * oldest first, so the export can be browsed in any markdown viewer.
 */
export function renderIndex(days: readonly IndexDay[]): string {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const lines = ['# Forkcast journal', ''];
  if (!first || !last) return [...lines, 'No days yet.', ''].join('\n');
  const count = sorted.length === 1 ? '1 day' : `${sorted.length.toLocaleString('en')} days`;
  lines.push(`${count}, from ${first.date} to ${last.date}. Each day is a file in its year's folder.`);
  const weekday = weekdayNames();
  let year = '';
  let month = '';
  for (const day of sorted) {
    if (day.date.slice(0, 4) !== year) {
      year = day.date.slice(0, 4);
      month = '';
      lines.push('', `## ${year}`);
    }
    if (day.date.slice(5, 7) !== month) {
      month = day.date.slice(5, 7);
      lines.push('', `### ${formatDate(day.date, 'month', FILE_LOCALE)}`, '');
    }
    lines.push(`- [${day.date}](${dayFilePath(day.date)}) ${describe(day, weekday)}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Merges exported days with dates already on disk, the exported ones winning. */
export function indexDays(exported: readonly Entry[], onDisk: readonly LocalDate[]): IndexDay[] {
  const days = new Map<LocalDate, IndexDay>(onDisk.map((date) => [date, { date }]));
  for (const entry of exported) days.set(entry.date, entry);
  return [...days.values()];
}
