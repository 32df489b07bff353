import { checkReminder, delayUntilCheck, systemTimeZone, type DayReport } from '../../shared/habits';
import type { LocalDate } from '../../shared/dates';

/** The parts of powerMonitor the scheduler listens to; Electron's PowerMonitor fits. */
export interface PowerEvents {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

export interface ReminderSchedulerInput {
  /** Shows the reminder for a day (a system notification). */
  notify: (date: LocalDate) => void;
  /** Saves the last day reminded, so a restart the same day does not remind again. */
  remember: (date: LocalDate) => void;
  lastReminded: LocalDate | null;
  powerMonitor: PowerEvents;
}

export interface ReminderScheduler {
  /** Starts, stops or moves the daily reminder (time 'HH:MM'). */
  configure(setting: { enabled: boolean; time: string }): void;
  /** What the page says about today: its date where the user is, the zone, and whether it is written. */
  report(day: DayReport): void;
  stop(): void;
}

/**
 * Runs the daily reminder in the main process, so it comes with no window
 * open (tray). The decision is shared/habits/reminderSchedule.ts; this keeps
 * the timer. Timers stop while the computer sleeps and the clock may jump, so
 * it never sleeps longer than a minute, and checks at once on resume: a
 * reminder the computer slept through comes when it wakes, once. The time
 * zone is the page's when it has said (Chromium follows a time-zone change,
 * main's runtime may not), else this process's.
 */
export function createReminderScheduler({
  notify,
  remember,
  lastReminded,
  powerMonitor,
}: ReminderSchedulerInput): ReminderScheduler {
  let setting: { enabled: boolean; time: string } = { enabled: false, time: '17:30' };
  let lastFired = lastReminded;
  let timeZone: string | null = null;
  let written: { date: LocalDate; written: boolean } | null = null;
  // A reminder due before the scheduler started is not sent: the window opens on Today anyway.
  let notBefore = Date.now();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const check = (): void => {
    clear();
    if (!setting.enabled) return;
    const now = Date.now();
    const decision = checkReminder({
      now,
      timeZone: timeZone ?? systemTimeZone(),
      time: setting.time,
      lastFired,
      notBefore,
      isWritten: (date) => written?.date === date && written.written,
    });
    if (decision.fire !== null) {
      lastFired = decision.fire;
      remember(decision.fire);
      notify(decision.fire);
    }
    timer = setTimeout(check, delayUntilCheck(decision, now));
  };

  powerMonitor.on('resume', check);
  powerMonitor.on('unlock-screen', check);

  return {
    configure(next) {
      const moved = next.enabled && (!setting.enabled || next.time !== setting.time);
      setting = next;
      // A reminder just turned on or moved to a time already past today waits for tomorrow.
      if (moved) notBefore = Date.now();
      check();
    },
    report(day) {
      timeZone = day.timeZone;
      written = { date: day.date, written: day.written };
      check();
    },
    stop: clear,
  };
}
