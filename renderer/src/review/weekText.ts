import { formatDate, plural, weekDates, type WeekId, type WeekSummary } from '../../../shared';

/** "30 Nov – 6 Dec 2026": the days a week spans. */
export function weekSpan(week: WeekId): string {
  const { from, to } = weekDates(week);
  return `${formatDate(from, 'dayMonth')} – ${formatDate(to, 'date')}`;
}

/** "Week 49, 2026" */
export function weekName(week: WeekId): string {
  const [year, number] = week.split('-W');
  return `Week ${Number(number)}, ${year}`;
}

/** "4 days written: 2 good, 1 mixed, 1 without a day kind", or that none was. */
export function daysLine(summary: WeekSummary): string {
  if (summary.dates.length === 0) return 'No days written this week.';
  const kinds = [
    summary.good > 0 && `${summary.good} good`,
    summary.mixed > 0 && `${summary.mixed} mixed`,
    summary.bad > 0 && `${summary.bad} bad`,
    summary.unmarked > 0 && `${summary.unmarked} without a day kind`,
  ].filter(Boolean);
  return `${plural(summary.dates.length, 'day')} written: ${kinds.join(', ')}.`;
}

/** "3 days written", or that none was. */
export function daysWord(days: number): string {
  return days === 0 ? 'No days written' : `${plural(days, 'day')} written`;
}
