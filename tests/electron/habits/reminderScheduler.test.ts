import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReminderNotifier, type NotificationClass } from '../../../electron/habits/reminderNotification';
import { createReminderScheduler } from '../../../electron/habits/reminderScheduler';
import { REMINDER_TEXT, type DayReport } from '../../../shared/habits';
import { FakeNotification } from '../fakes/fakeElectron';

const MINUTE = 60_000;
const at = (iso: string) => Date.parse(iso);

/**
 * A scheduler on a faked clock with Electron's Notification faked: what it
 * shows, what it remembers, and a powerMonitor to send 'resume' from.
 */
function setUp(lastReminded: string | null = null) {
  const powerMonitor = new EventEmitter();
  const remembered: string[] = [];
  const opened: string[] = [];
  // The fake has only the members the notifier uses.
  const notify = createReminderNotifier(FakeNotification as unknown as NotificationClass, () => opened.push('today'));
  const scheduler = createReminderScheduler({
    notify,
    remember: (date) => remembered.push(date),
    lastReminded,
    powerMonitor,
  });
  const report = (day: Partial<DayReport> = {}) =>
    scheduler.report({ date: '2026-11-20', written: false, timeZone: 'Europe/Berlin', ...day });
  return { scheduler, powerMonitor, remembered, opened, report, shown: () => FakeNotification.instances.length };
}

beforeEach(() => {
  vi.useFakeTimers({ now: at('2026-11-20T08:00:00Z') });
  FakeNotification.instances.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('the reminder scheduler in main', () => {
  it('stays silent while off', () => {
    const { scheduler, report, shown } = setUp();
    report();
    scheduler.configure({ enabled: false, time: '17:30' });
    vi.advanceTimersByTime(24 * 60 * MINUTE);
    expect(shown()).toBe(0);
  });

  it('fires once a day at the chosen time, and a click opens Today', () => {
    const { scheduler, report, remembered, opened, shown } = setUp();
    report();
    scheduler.configure({ enabled: true, time: '17:30' });
    // 17:30 in Berlin is 16:30 UTC in November.
    vi.advanceTimersByTime(8 * 60 * MINUTE + 29 * MINUTE);
    expect(shown()).toBe(0);
    vi.advanceTimersByTime(MINUTE);
    expect(shown()).toBe(1);
    expect(FakeNotification.instances[0]?.options).toEqual(REMINDER_TEXT);
    expect(FakeNotification.instances[0]?.show).toHaveBeenCalled();
    expect(remembered).toEqual(['2026-11-20']);
    vi.advanceTimersByTime(6 * 60 * MINUTE);
    expect(shown()).toBe(1);
    FakeNotification.instances[0]?.emit('click', {});
    expect(opened).toEqual(['today']);
    // The next day, at the same time.
    vi.advanceTimersByTime(18 * 60 * MINUTE);
    expect(shown()).toBe(2);
    expect(remembered).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('does not fire when the day is written, and fires the next day', () => {
    const { scheduler, report, shown } = setUp();
    report({ written: true });
    scheduler.configure({ enabled: true, time: '17:30' });
    vi.advanceTimersByTime(10 * 60 * MINUTE);
    expect(shown()).toBe(0);
    vi.advanceTimersByTime(24 * 60 * MINUTE);
    expect(shown()).toBe(1);
  });

  it('does not fire again after a restart on a day already reminded', () => {
    vi.setSystemTime(at('2026-11-20T18:00:00Z'));
    const { scheduler, report, shown } = setUp('2026-11-20');
    report();
    scheduler.configure({ enabled: true, time: '17:30' });
    vi.advanceTimersByTime(60 * MINUTE);
    expect(shown()).toBe(0);
  });

  it('a reminder turned on after its time today waits for tomorrow', () => {
    vi.setSystemTime(at('2026-11-20T18:00:00Z'));
    const { scheduler, report, shown } = setUp();
    report();
    scheduler.configure({ enabled: true, time: '17:30' });
    vi.advanceTimersByTime(MINUTE);
    expect(shown()).toBe(0);
    vi.advanceTimersByTime(23 * 60 * MINUTE);
    expect(shown()).toBe(1);
  });

  it('after the computer slept through the time, fires once on resume', () => {
    const { scheduler, report, powerMonitor, shown } = setUp();
    report();
    scheduler.configure({ enabled: true, time: '17:30' });
    // Asleep from 10:00 to 20:00 Berlin: the clock moves on, no timer runs.
    vi.setSystemTime(at('2026-11-20T19:00:00Z'));
    powerMonitor.emit('resume');
    expect(shown()).toBe(1);
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    vi.advanceTimersByTime(2 * MINUTE);
    expect(shown()).toBe(1);
  });

  it('fires once a day across the night the clocks go forward and the night they go back', () => {
    for (const [start, days] of [
      ['2026-03-27T08:00:00Z', 4],
      ['2026-10-23T08:00:00Z', 4],
    ] as const) {
      vi.setSystemTime(at(start));
      FakeNotification.instances.length = 0;
      const { scheduler, report, remembered } = setUp();
      report();
      scheduler.configure({ enabled: true, time: '17:30' });
      const firedAt: string[] = [];
      for (let minute = 0; minute < days * 24 * 60; minute += 1) {
        const before = FakeNotification.instances.length;
        vi.advanceTimersByTime(MINUTE);
        if (FakeNotification.instances.length > before) firedAt.push(new Date(Date.now()).toISOString());
      }
      expect(remembered).toHaveLength(days);
      // Always 17:30 in Berlin: 16:30 UTC in winter time, 15:30 UTC in summer time (to the minute checked).
      for (const time of firedAt) expect(time).toMatch(/T1[56]:3[01]:00\.000Z$/);
      scheduler.stop();
    }
  });

  it('follows the page to a new time zone without firing twice for one date', () => {
    const { scheduler, report, shown } = setUp();
    report();
    scheduler.configure({ enabled: true, time: '17:30' });
    vi.setSystemTime(at('2026-11-20T16:31:00Z'));
    vi.advanceTimersByTime(MINUTE);
    expect(shown()).toBe(1);
    // The user flies to New York the same evening: there, 17:30 on the 20th is still ahead.
    report({ timeZone: 'America/New_York' });
    vi.advanceTimersByTime(7 * 60 * MINUTE);
    expect(shown()).toBe(1);
    // And on the 21st at 17:30 New York time (22:30 UTC) it fires once.
    report({ date: '2026-11-21', timeZone: 'America/New_York' });
    vi.setSystemTime(at('2026-11-21T22:00:00Z'));
    vi.advanceTimersByTime(29 * MINUTE);
    expect(shown()).toBe(1);
    vi.advanceTimersByTime(MINUTE);
    expect(shown()).toBe(2);
  });

  it('moves to a new time, and stops', () => {
    const { scheduler, report, shown } = setUp();
    report();
    scheduler.configure({ enabled: true, time: '17:30' });
    scheduler.configure({ enabled: true, time: '09:15' });
    vi.advanceTimersByTime(15 * MINUTE);
    expect(shown()).toBe(1);
    scheduler.stop();
    vi.advanceTimersByTime(48 * 60 * MINUTE);
    expect(shown()).toBe(1);
  });
});
