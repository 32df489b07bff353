import { describe, expect, it } from 'vitest';
import {
  checkReminder,
  delayUntilCheck,
  instantOfWallTime,
  localDateIn,
  type ReminderInput,
} from '../../../shared/habits';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

/** Input for a reminder at 17:30 in Berlin, on since long ago, nothing written, nothing fired. */
function input(now: string, overrides: Partial<ReminderInput> = {}): ReminderInput {
  return {
    now: at(now),
    timeZone: 'Europe/Berlin',
    time: '17:30',
    lastFired: null,
    notBefore: 0,
    isWritten: () => false,
    ...overrides,
  };
}

describe('wall-clock time in a time zone', () => {
  it('finds the instant a time of day comes, in winter and summer time', () => {
    expect(instantOfWallTime('2026-01-15', '17:30', 'Europe/Berlin')).toBe(at('2026-01-15T16:30:00Z'));
    expect(instantOfWallTime('2026-07-15', '17:30', 'Europe/Berlin')).toBe(at('2026-07-15T15:30:00Z'));
    expect(instantOfWallTime('2026-07-15', '09:00', 'America/New_York')).toBe(at('2026-07-15T13:00:00Z'));
    expect(instantOfWallTime('2026-07-15', '09:00', 'Asia/Kolkata')).toBe(at('2026-07-15T03:30:00Z'));
  });

  it('on the night the clocks go forward, a skipped time comes an hour later', () => {
    // Berlin, 29 March 2026: 02:00 becomes 03:00, so 02:30 never shows; it comes at 03:30 (01:30 UTC).
    expect(instantOfWallTime('2026-03-29', '02:30', 'Europe/Berlin')).toBe(at('2026-03-29T01:30:00Z'));
    expect(instantOfWallTime('2026-03-29', '17:30', 'Europe/Berlin')).toBe(at('2026-03-29T15:30:00Z'));
  });

  it('on the night the clocks go back, a repeated time is its first showing', () => {
    // Berlin, 25 October 2026: 03:00 becomes 02:00, so 02:30 shows twice (00:30 and 01:30 UTC).
    expect(instantOfWallTime('2026-10-25', '02:30', 'Europe/Berlin')).toBe(at('2026-10-25T00:30:00Z'));
    expect(instantOfWallTime('2026-10-25', '17:30', 'Europe/Berlin')).toBe(at('2026-10-25T16:30:00Z'));
  });

  it('names the calendar day where the user is', () => {
    expect(localDateIn(at('2026-07-15T23:30:00Z'), 'Europe/Berlin')).toBe('2026-07-16');
    expect(localDateIn(at('2026-07-15T23:30:00Z'), 'America/Los_Angeles')).toBe('2026-07-15');
  });
});

describe('the daily reminder', () => {
  it('fires once the chosen time has come, for today, and not before', () => {
    expect(checkReminder(input('2026-11-20T16:29:00Z')).fire).toBeNull();
    expect(checkReminder(input('2026-11-20T16:30:00Z')).fire).toBe('2026-11-20');
    expect(checkReminder(input('2026-11-20T21:00:00Z')).fire).toBe('2026-11-20');
  });

  it('fires at most once a day, and again the next day', () => {
    const fired = checkReminder(input('2026-11-20T16:30:00Z')).fire;
    expect(checkReminder(input('2026-11-20T18:00:00Z', { lastFired: fired })).fire).toBeNull();
    expect(checkReminder(input('2026-11-21T16:30:00Z', { lastFired: fired })).fire).toBe('2026-11-21');
  });

  it('is skipped when the day is already written', () => {
    const written = (date: string) => date === '2026-11-20';
    expect(checkReminder(input('2026-11-20T16:30:00Z', { isWritten: written })).fire).toBeNull();
    expect(checkReminder(input('2026-11-21T16:30:00Z', { isWritten: written })).fire).toBe('2026-11-21');
  });

  it('does not send a reminder that fell due before the app started or the time was set', () => {
    const started = at('2026-11-20T18:00:00Z');
    expect(checkReminder(input('2026-11-20T18:00:01Z', { notBefore: started })).fire).toBeNull();
    expect(checkReminder(input('2026-11-21T16:30:00Z', { notBefore: started })).fire).toBe('2026-11-21');
  });

  it('plans the next check for today’s time, or tomorrow’s once it has passed', () => {
    expect(checkReminder(input('2026-11-20T10:00:00Z')).next).toBe(at('2026-11-20T16:30:00Z'));
    expect(checkReminder(input('2026-11-20T17:00:00Z')).next).toBe(at('2026-11-21T16:30:00Z'));
    // Tomorrow is the day the clocks go back: still 17:30 there, an hour later in UTC.
    expect(checkReminder(input('2026-10-24T16:00:00Z')).next).toBe(at('2026-10-25T16:30:00Z'));
  });

  it('never waits more than a minute between checks, nor less than a second', () => {
    const now = at('2026-11-20T10:00:00Z');
    expect(delayUntilCheck({ fire: null, next: now + 5 * HOUR }, now)).toBe(60_000);
    expect(delayUntilCheck({ fire: null, next: now + 20_000 }, now)).toBe(20_000);
    expect(delayUntilCheck({ fire: null, next: now }, now)).toBe(1_000);
  });

  it('fires once on each side of both daylight-saving changes, checked every minute', () => {
    for (const [from, to] of [
      ['2026-03-27T00:00:00Z', '2026-04-01T00:00:00Z'],
      ['2026-10-23T00:00:00Z', '2026-10-28T00:00:00Z'],
    ] as const) {
      const fired: string[] = [];
      let lastFired: string | null = null;
      for (let now = at(from); now < at(to); now += 60_000) {
        const { fire } = checkReminder({ ...input(from), now, lastFired });
        if (fire !== null) {
          fired.push(`${fire} ${new Date(now).toISOString()}`);
          lastFired = fire;
        }
      }
      expect(fired).toHaveLength(5);
      // Each at 17:30 Berlin time: 16:30 UTC in winter time, 15:30 UTC in summer time.
      for (const line of fired) expect(line).toMatch(/ \d{4}-\d\d-\d\dT1[56]:30:00\.000Z$/);
    }
  });

  it('after a move east or west, reminds at the chosen time where the user is now, once a day', () => {
    // Evening in Berlin, reminded; then a flight to New York the same day: 17:30 there is still the same date.
    const berlin = checkReminder(input('2026-11-20T16:30:00Z')).fire;
    expect(berlin).toBe('2026-11-20');
    const newYork = { timeZone: 'America/New_York', lastFired: berlin };
    expect(checkReminder(input('2026-11-20T22:30:00Z', newYork)).fire).toBeNull();
    expect(checkReminder(input('2026-11-21T22:29:00Z', newYork)).fire).toBeNull();
    expect(checkReminder(input('2026-11-21T22:30:00Z', newYork)).fire).toBe('2026-11-21');
    // A move east to Tokyo: 17:30 on the next date there comes sooner, but still once for that date.
    const tokyo = { timeZone: 'Asia/Tokyo', lastFired: '2026-11-21' };
    expect(checkReminder(input('2026-11-22T08:30:00Z', tokyo)).fire).toBe('2026-11-22');
    expect(checkReminder(input('2026-11-22T09:00:00Z', { ...tokyo, lastFired: '2026-11-22' })).fire).toBeNull();
  });

  it('never reminds of a date before the last one reminded (west across the date line)', () => {
    // Reminded in Auckland for the 21st; in Honolulu it is the 20th again, at 17:30.
    const honolulu = { timeZone: 'Pacific/Honolulu', lastFired: '2026-11-21' };
    expect(checkReminder(input('2026-11-21T03:30:00Z', honolulu)).fire).toBeNull();
    expect(checkReminder(input('2026-11-22T03:30:00Z', honolulu)).fire).toBeNull();
    expect(checkReminder(input('2026-11-23T03:30:00Z', honolulu)).fire).toBe('2026-11-22');
  });
});
