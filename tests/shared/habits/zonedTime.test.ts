import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone, localDateTime } from '../../../shared';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
];

describe('an instant on a local clock', () => {
  it('crosses the date line where the zone does, and through daylight-saving changes', () => {
    expect(localDateTime(new Date('2024-03-04T23:30:00Z'), 'America/Los_Angeles')).toEqual({
      date: '2024-03-04',
      time: '15:30',
    });
    expect(localDateTime(new Date('2024-03-04T23:30:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2024-03-05',
      time: '08:30',
    });
    // Berlin moves to summer time at 01:00 UTC on 31 March 2024.
    expect(localDateTime(new Date('2024-03-31T00:59:00Z'), 'Europe/Berlin').time).toBe('01:59');
    expect(localDateTime(new Date('2024-03-31T01:00:00Z'), 'Europe/Berlin').time).toBe('03:00');
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('agrees with Intl’s own parts for any instant and zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-02T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (instant, timeZone) => {
          const parts = Object.fromEntries(
            new Intl.DateTimeFormat('en-CA', {
              timeZone,
              year: 'numeric',
              month: '2-digit',
              day: '2-digit',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            })
              .formatToParts(instant)
              .map((part) => [part.type, part.value]),
          );
          expect(localDateTime(instant, timeZone)).toEqual({
            date: `${parts.year}-${parts.month}-${parts.day}`,
            time: `${parts.hour}:${parts.minute}`,
          });
        },
      ),
    );
  });
});
