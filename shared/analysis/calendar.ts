/**
 * Calendar maths on whole day numbers (days since 1970-01-01). The analysis
 * touches every entry's date, so this avoids creating a Date per entry; the
 * results match date-fns (ISO weeks start on Monday), which the tests check.
 */

function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian, H. Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** The day number of a real 'YYYY-MM-DD' date, or NaN for anything else, so string order and day order agree. */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return NaN;
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  const year = digits(date, 0, 4);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return daysFromCivil(year, month, day);
}

const pad2 = (value: number) => String(value).padStart(2, '0');
const YEARS = new Map<number, string>();
/** A year as four digits, memoised: a weekly series over decades formats each year dozens of times. */
function yearText(year: number): string {
  let text = YEARS.get(year);
  if (text === undefined) {
    text = String(year).padStart(4, '0');
    YEARS.set(year, text);
  }
  return text;
}
// Series format tens of thousands of dates, so the fixed parts come from tables: one concatenation per date.
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => pad2(n));
const MONTH_DAY = Array.from({ length: 12 }, (_, m) =>
  Array.from({ length: 31 }, (_, d) => `-${pad2(m + 1)}-${pad2(d + 1)}`),
);

/** The civil date of a day number packed as year * 10000 + month * 100 + day (a number, so nothing is allocated). */
export function civilFromDays(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 10000 + month * 100 + day;
}

/** The 'YYYY-MM-DD' string of a day number. */
export function dateOfDay(days: number): string {
  const civil = civilFromDays(days);
  const monthDay = MONTH_DAY[(Math.floor(civil / 100) % 100) - 1]?.[(civil % 100) - 1] ?? '';
  return yearText(Math.floor(civil / 10000)) + monthDay;
}

/** A running count of Monday-to-Sunday weeks; 1970-01-01 was a Thursday. */
export function weekIndex(days: number): number {
  return Math.floor((days + 3) / 7);
}

/** The Monday that starts a week index, as a day number. */
export function weekStart(week: number): number {
  return week * 7 - 3;
}

/** The ISO week label of a week index, e.g. '2026-W07': the year is the one its Thursday falls in. */
export function weekKey(week: number): string {
  const thursday = weekStart(week) + 3;
  const year = Math.floor(civilFromDays(thursday) / 10000);
  const number = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${yearText(year)}-W${TWO_DIGITS[number] ?? ''}`;
}

/** A running count of months (year * 12 + month - 1) of a 'YYYY-MM-DD' string, NaN when malformed. */
export function monthIndexOf(date: string): number {
  return digits(date, 0, 4) * 12 + digits(date, 5, 2) - 1;
}

/** The 'YYYY-MM' label of a month index. */
export function monthKey(month: number): string {
  return `${yearText(Math.floor(month / 12))}-${TWO_DIGITS[(month % 12) + 1] ?? ''}`;
}

/** The first day number of a month index. */
export function monthStart(month: number): number {
  return daysFromCivil(Math.floor(month / 12), (month % 12) + 1, 1);
}
