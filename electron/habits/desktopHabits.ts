import type { HabitResponse, HabitSettings, HabitState } from '../../shared/habits';
import { describeFsError } from '../atomicWrite';
import type { VerbHandlers } from '../ipc/registerVerbs';
import type { HabitFile, HabitStore } from './habitStore';
import type { LoginItem } from './loginItem';
import type { QuickCaptureShortcut } from './quickCaptureShortcut';
import { createReminderScheduler, type PowerEvents } from './reminderScheduler';

export type HabitVerb = 'getHabits' | 'setReminder' | 'setTray' | 'setLaunchAtLogin' | 'setQuickCapture' | 'reportDay';

export interface DesktopHabitsInput {
  store: HabitStore;
  loginItem: LoginItem;
  shortcut: QuickCaptureShortcut;
  powerMonitor: PowerEvents;
  /** Whether this system shows notifications (Electron's Notification.isSupported()). */
  notificationsSupported: boolean;
  /** Shows the reminder. */
  notify: () => void;
  /** Puts the tray icon up and answers the function that takes it down. */
  showTray: () => () => void;
}

export interface DesktopHabits {
  handlers: VerbHandlers<HabitVerb>;
  /** True while the tray icon shows: closing the window then keeps the app and its reminder running. */
  keepsRunning(): boolean;
  stop(): void;
}

const NO_NOTIFICATIONS =
  'This system does not let Forkcast show notifications, so a reminder could not appear. Nothing was changed.';

/**
 * The habit loop in the main process: the daily reminder, the tray icon, the
 * login item and the quick-capture shortcut, each behind a verb of the bridge
 * contract. Every change is saved first; a change the disk or the system
 * refuses is answered with the reason, and nothing changes.
 */
export async function createDesktopHabits(input: DesktopHabitsInput): Promise<DesktopHabits> {
  const { store, loginItem, shortcut } = input;
  let file: HabitFile = await store.load();

  const scheduler = createReminderScheduler({
    notify: () => input.notify(),
    remember: (date) => {
      file = { ...file, lastReminded: date };
      store.save(file).catch((error: unknown) => console.error('Forkcast: could not note the reminder', error));
    },
    lastReminded: file.lastReminded,
    powerMonitor: input.powerMonitor,
  });
  scheduler.configure(file.settings.reminder);
  let removeTray = file.settings.tray ? input.showTray() : null;
  shortcut.start(file.settings.quickCapture.enabled ? file.settings.quickCapture.accelerator : null);

  const state = async (): Promise<HabitState> => ({
    settings: { ...file.settings, launchAtLogin: await loginItem.isEnabled().catch(() => false) },
    notifications: input.notificationsSupported ? 'available' : 'unsupported',
    desktop: true,
    loginItemProblem: loginItem.problem,
    quickCaptureStatus: shortcut.status(),
  });

  /** Saves new settings; on a refused write the old ones stay, in memory and on disk. */
  const saveSettings = async (settings: HabitSettings): Promise<string | null> => {
    try {
      await store.save({ ...file, settings });
    } catch (error) {
      return describeFsError(error);
    }
    file = { ...file, settings };
    return null;
  };

  const answer = async (problem: string | null): Promise<HabitResponse> =>
    problem === null ? { status: 'done', state: await state() } : { status: 'failed', message: problem };

  const handlers: VerbHandlers<HabitVerb> = {
    getHabits: state,
    async setReminder(reminder) {
      if (reminder.enabled && !input.notificationsSupported) return answer(NO_NOTIFICATIONS);
      const problem = await saveSettings({ ...file.settings, reminder });
      if (problem === null) scheduler.configure(reminder);
      return answer(problem);
    },
    async setTray({ enabled }) {
      const problem = await saveSettings({ ...file.settings, tray: enabled });
      if (problem !== null) return answer(problem);
      if (enabled && removeTray === null) removeTray = input.showTray();
      if (!enabled && removeTray !== null) {
        removeTray();
        removeTray = null;
      }
      return answer(null);
    },
    async setLaunchAtLogin({ enabled }) {
      try {
        await loginItem.set(enabled);
      } catch (error) {
        return answer(error instanceof Error ? error.message : describeFsError(error));
      }
      return answer(await saveSettings({ ...file.settings, launchAtLogin: enabled }));
    },
    async setQuickCapture(quickCapture) {
      const before = file.settings.quickCapture;
      try {
        shortcut.change(quickCapture.enabled ? quickCapture.accelerator : null);
      } catch (error) {
        return answer(error instanceof Error ? error.message : String(error));
      }
      const problem = await saveSettings({ ...file.settings, quickCapture });
      // Not saved: the shortcut goes back to what the saved settings say (it was live a moment ago).
      if (problem !== null) {
        try {
          shortcut.change(before.enabled ? before.accelerator : null);
        } catch (error) {
          console.error('Forkcast: could not put the quick-capture shortcut back', error);
        }
      }
      return answer(problem);
    },
    async reportDay(day) {
      scheduler.report(day);
      return { received: true };
    },
  };

  return {
    handlers,
    keepsRunning: () => removeTray !== null,
    stop() {
      scheduler.stop();
      removeTray?.();
      removeTray = null;
    },
  };
}
