// What the desktop keeps for the habit loop (reminder, tray icon, login item,
// quick capture) and the messages that change it, as zod schemas: the main
// process stores these settings in its own file and checks every request.
import { z } from 'zod';
import { localDateSchema } from '../dateSchemas';
import { checkAccelerator } from './accelerator';
import { isTimeOfDay, isTimeZone } from './zonedTime';

export const timeOfDaySchema = z
  .string()
  .max(5, 'is not a time of day (HH:MM, from 00:00 to 23:59)')
  .refine(isTimeOfDay, 'is not a time of day (HH:MM, from 00:00 to 23:59)');

export const timeZoneSchema = z.string().max(100).refine(isTimeZone, 'is not a time zone this system knows');

/** An accelerator as Forkcast stores it; the refinement's message says what is wrong with it. */
export const acceleratorSchema = z.string().superRefine((value, context) => {
  const checked = checkAccelerator(value);
  if (!checked.ok) context.addIssue({ code: 'custom', message: checked.problem });
  else if (checked.accelerator !== value)
    context.addIssue({ code: 'custom', message: 'is not written as Forkcast writes shortcuts' });
});

export const reminderSettingSchema = z.object({ enabled: z.boolean(), time: timeOfDaySchema });
export type ReminderSetting = z.infer<typeof reminderSettingSchema>;

export const quickCaptureSettingSchema = z.object({ enabled: z.boolean(), accelerator: acceleratorSchema });
export type QuickCaptureSetting = z.infer<typeof quickCaptureSettingSchema>;

export const habitSettingsSchema = z.object({
  reminder: reminderSettingSchema,
  /** The tray or menu-bar icon; while it shows, closing the window keeps Forkcast (and its reminder) running. */
  tray: z.boolean(),
  launchAtLogin: z.boolean(),
  quickCapture: quickCaptureSettingSchema,
});
export type HabitSettings = z.infer<typeof habitSettingsSchema>;

/** Everything is off until the user turns it on; these are the times and keys offered first. */
export const DEFAULT_HABIT_SETTINGS: HabitSettings = {
  reminder: { enabled: false, time: '17:30' },
  tray: false,
  launchAtLogin: false,
  quickCapture: { enabled: false, accelerator: 'CommandOrControl+Alt+J' },
};

/** What can be offered where the app runs, beside the settings. */
export const habitStateSchema = z.object({
  settings: habitSettingsSchema,
  /** Whether a reminder can be shown: the system's notifications in the desktop app, the browser's permission in a page. */
  notifications: z.enum(['available', 'ask', 'denied', 'unsupported']),
  /** Tray icon, login item and quick capture exist only in the desktop app. */
  desktop: z.boolean(),
  /** Why launching at login cannot be turned on here (a development build), or null. */
  loginItemProblem: z.string().nullable(),
  /** Whether the quick-capture shortcut is live: off, registered, or taken by another app. */
  quickCaptureStatus: z.enum(['off', 'active', 'taken']),
});
export type HabitState = z.infer<typeof habitStateSchema>;

/** The answer to every verb that changes one of these settings: the state after it, or why nothing changed. */
export const habitResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), state: habitStateSchema }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type HabitResponse = z.infer<typeof habitResponseSchema>;

/** The page tells main which day it is where the user is, and whether that day is written, so a written day is not reminded. */
export const dayReportSchema = z.object({ date: localDateSchema, written: z.boolean(), timeZone: timeZoneSchema });
export type DayReport = z.infer<typeof dayReportSchema>;

/** Main asks the window to show today: the reminder was clicked, or the tray's Write today. */
export const openTodaySchema = z.object({ reason: z.enum(['reminder', 'tray']) });
export type OpenToday = z.infer<typeof openTodaySchema>;
