// When the daily reminder fires. Pure: the main process and the browser page
// both call it with the time and what they know, and keep only the timer.
import { shiftDate, type LocalDate } from '../dates';
import { instantOfWallTime, localDateIn, type TimeOfDay } from './zonedTime';

/** The reminder's words, in the desktop app and the browser alike: an invitation, never a count of days missed. */
export const REMINDER_TEXT = { title: 'Forkcast', body: 'How did today go? A minute now, while it is fresh.' } as const;

/** The longest a scheduler waits between checks, so a clock change or a time-zone move is noticed soon. */
export const REMINDER_CHECK_MS = 60_000;

export interface ReminderInput {
  /** The current instant, in milliseconds since the epoch. */
  now: number;
  /** Where the user is now (an IANA name). */
  timeZone: string;
  /** The chosen time of day. */
  time: TimeOfDay;
  /**
   * The last day a reminder fired for, or null. A day is reminded at most
   * once, and never a day before it (a trip west across the date line).
   */
  lastFired: LocalDate | null;
  /**
   * Reminders due before this instant are not fired: the app was not running
   * then, and it opens on Today anyway. Reminders due after it that were
   * missed (the computer slept through them) fire as soon as it is checked.
   */
  notBefore: number;
  /** Whether a day is already written; an unknown day counts as not written. */
  isWritten: (date: LocalDate) => boolean;
}

export interface ReminderDecision {
  /** The day to remind of now, or null. */
  fire: LocalDate | null;
  /** When today's or tomorrow's reminder is due, whichever is next, for the timer. */
  next: number;
}

/**
 * Whether the reminder fires now: the chosen time has come on today's date
 * where the user is, today was not reminded yet (nor a later day), the
 * reminder did not fall due before the app started, and today is not written.
 */
export function checkReminder(input: ReminderInput): ReminderDecision {
  const today = localDateIn(input.now, input.timeZone);
  const due = instantOfWallTime(today, input.time, input.timeZone);
  const fire =
    input.now >= due &&
    due >= input.notBefore &&
    (input.lastFired === null || today > input.lastFired) &&
    !input.isWritten(today)
      ? today
      : null;
  const next = input.now < due ? due : instantOfWallTime(shiftDate(today, 1), input.time, input.timeZone);
  return { fire, next };
}

/** How long a scheduler sleeps before checking again: until the next reminder, but never longer than a minute. */
export function delayUntilCheck(decision: ReminderDecision, now: number): number {
  return Math.max(1_000, Math.min(decision.next - now, REMINDER_CHECK_MS));
}
