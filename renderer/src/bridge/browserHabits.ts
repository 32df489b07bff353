import {
  checkReminder,
  DEFAULT_HABIT_SETTINGS,
  delayUntilCheck,
  REMINDER_TEXT,
  reminderSettingSchema,
  type DayReport,
  type HabitResponse,
  type HabitState,
  type LocalDate,
  type OpenToday,
  type ReminderSetting,
} from '../../../shared';

/**
 * The habit loop in a plain browser: the daily reminder is the page's own,
 * with the browser's Notification API, so it comes only while the page is
 * open; the rest needs the desktop app. The reminder's setting is the
 * installation's, not the journal's (like the welcome), so it lives in
 * localStorage; the decision is shared/habits/reminderSchedule.ts, as in main.
 */

export const PAGE_REMINDER_KEY = 'forkcast.pageReminder';
export const PAGE_REMINDED_KEY = 'forkcast.pageRemindedOn';

export const DESKTOP_ONLY =
  'This needs the desktop app: a browser page cannot add a tray icon, start at login or listen for keys in other apps.';
const NO_NOTIFICATIONS =
  'This browser cannot show notifications, so the reminder stays off. The desktop app reminds you even with its window closed.';
const NOT_ALLOWED =
  'The browser was not allowed to show notifications, so the reminder stays off. Allow them in this site’s settings and try again, or use the desktop app.';

const listeners = new Set<(request: OpenToday) => void>();
let day: DayReport | null = null;
let timer: number | undefined;
// Reminders due before the page opened (or the setting changed) are not sent: the page is open on them.
let notBefore = Date.now();
let started = false;

function read<T>(key: string, parse: (value: unknown) => T | null): T | null {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : parse(JSON.parse(text));
  } catch {
    return null;
  }
}

function storedSetting(): ReminderSetting {
  const parsed = read(PAGE_REMINDER_KEY, (value) => reminderSettingSchema.safeParse(value).data ?? null);
  return parsed ?? DEFAULT_HABIT_SETTINGS.reminder;
}

const lastReminded = (): LocalDate | null =>
  read(PAGE_REMINDED_KEY, (value) => (typeof value === 'string' ? value : null));

function permission(): HabitState['notifications'] {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission === 'granted') return 'available';
  return Notification.permission === 'denied' ? 'denied' : 'ask';
}

function remind(date: LocalDate): void {
  try {
    localStorage.setItem(PAGE_REMINDED_KEY, JSON.stringify(date));
  } catch {
    // Storage refused: the reminder still comes; a reload the same day may bring it once more.
  }
  const notification = new Notification(REMINDER_TEXT.title, { body: REMINDER_TEXT.body, tag: 'forkcast-reminder' });
  notification.onclick = () => {
    window.focus();
    notification.close();
    for (const listener of listeners) listener({ reason: 'reminder' });
  };
}

function check(): void {
  window.clearTimeout(timer);
  const setting = storedSetting();
  if (!setting.enabled || permission() !== 'available') return;
  const now = Date.now();
  const decision = checkReminder({
    now,
    timeZone: day?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    time: setting.time,
    lastFired: lastReminded(),
    notBefore,
    isWritten: (date) => day?.date === date && day.written,
  });
  if (decision.fire !== null) remind(decision.fire);
  timer = window.setTimeout(check, delayUntilCheck(decision, now));
}

function start(): void {
  if (started) return;
  started = true;
  check();
}

function state(): HabitState {
  return {
    settings: { ...DEFAULT_HABIT_SETTINGS, reminder: storedSetting() },
    notifications: permission(),
    desktop: false,
    loginItemProblem: DESKTOP_ONLY,
    quickCaptureStatus: 'off',
  };
}

export async function getPageHabits(): Promise<HabitState> {
  start();
  return state();
}

export async function setPageReminder(setting: ReminderSetting): Promise<HabitResponse> {
  const valid = reminderSettingSchema.safeParse(setting);
  if (!valid.success) return { status: 'failed', message: 'That is not a time of day. Nothing was changed.' };
  if (valid.data.enabled) {
    if (permission() === 'unsupported') return { status: 'failed', message: NO_NOTIFICATIONS };
    if (permission() === 'ask') await Notification.requestPermission();
    if (permission() !== 'available') return { status: 'failed', message: NOT_ALLOWED };
  }
  const before = storedSetting();
  try {
    localStorage.setItem(PAGE_REMINDER_KEY, JSON.stringify(valid.data));
  } catch {
    return { status: 'failed', message: 'The browser would not store the setting. Nothing was changed.' };
  }
  if (valid.data.enabled && (!before.enabled || before.time !== valid.data.time)) notBefore = Date.now();
  started = true;
  check();
  return { status: 'done', state: state() };
}

export async function reportPageDay(report: DayReport): Promise<{ received: boolean }> {
  day = report;
  started = true;
  check();
  return { received: true };
}

export function onPageOpenToday(listener: (request: OpenToday) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
