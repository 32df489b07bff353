// Dates and times as people read them. Every view formats through these
// functions, so the app writes a date one way everywhere, in the system's
// locale: Intl picks it when no locale is given (Electron's renderer follows
// the OS, a browser its language setting). Files written for other programs
// pass an explicit locale so their text does not change with the machine.
import { fromLocalDate, type LocalDate } from './dates';

type Options = Intl.DateTimeFormatOptions;

const STYLES = {
  /** "Tuesday 25 November 2025": the day being written. */
  weekdayDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "Tue 25 Nov 2025": lists, tables and the brief. */
  shortWeekdayDate: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** "Tue 25 Nov": where the year is plain from the context. */
  shortWeekdayDay: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "25 Nov 2025": dates in a sentence. */
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  /** "25 Nov": chart axes. */
  dayMonth: { day: 'numeric', month: 'short' },
  /** "25 November": a day inside a month already named. */
  dayLongMonth: { day: 'numeric', month: 'long' },
  /** "November 2025" */
  monthYear: { month: 'long', year: 'numeric' },
  /** "Nov 2025" */
  shortMonthYear: { month: 'short', year: 'numeric' },
  /** "November" */
  month: { month: 'long' },
  /** "Tuesday" */
  weekday: { weekday: 'long' },
  /** "Tue" */
  shortWeekday: { weekday: 'short' },
  /** "18:04:09": when something was saved. */
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  /** "25 Nov 2025, 18:04" */
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Options>;

export type DateStyle = keyof typeof STYLES;

let defaultLocale: string | undefined;

/**
 * The locale dates are shown in; undefined (the default) means the system's.
 * Tests pin one so their expected text holds on any machine.
 */
export function setDisplayLocale(locale: string | undefined): void {
  defaultLocale = locale;
  formatters.clear();
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DateStyle, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, STYLES[style]);
    formatters.set(key, found);
  }
  return found;
}

/** A local date (YYYY-MM-DD) or a moment, written in one of the app's styles. */
export function formatDate(value: LocalDate | Date, style: DateStyle, locale = defaultLocale): string {
  const date = typeof value === 'string' ? fromLocalDate(value) : value;
  return formatter(style, locale).format(date);
}

/** An ISO timestamp (as entries store them) written in one of the app's styles. */
export function formatTimestamp(iso: string, style: DateStyle, locale = defaultLocale): string {
  return formatDate(new Date(iso), style, locale);
}
