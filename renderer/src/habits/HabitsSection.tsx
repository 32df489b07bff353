import { useState, type KeyboardEvent } from 'react';
import { acceleratorFromKeyPress, acceleratorLabel, checkAccelerator, isTimeOfDay } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { useAppInfo } from '../hooks/useAppInfo';
import { ReviewDaySetting } from '../review/ReviewDaySetting';
import { useHabits } from './useHabits';

const NOTIFICATION_NOTES = {
  available: null,
  ask: 'The browser will ask whether Forkcast may show notifications.',
  denied: 'This browser blocks Forkcast’s notifications. Allow them in the site’s settings, or use the desktop app.',
  unsupported: 'Reminders need the desktop app: this browser cannot show notifications.',
} as const;

/**
 * Settings for coming back: the daily reminder, and in the desktop app the
 * tray icon, launching at login and the quick-capture shortcut. Everything
 * starts off; a refused change says why and leaves the setting as it was.
 */
export function HabitsSection() {
  const { state, problem, busy, change } = useHabits();
  const info = useAppInfo();
  const [timeProblem, setTimeProblem] = useState<string | null>(null);
  const [keysProblem, setKeysProblem] = useState<string | null>(null);
  const isMac = info?.platform === 'darwin';

  if (state === undefined) {
    return (
      <section className="card" aria-labelledby="habits-heading">
        <h2 id="habits-heading">Coming back</h2>
        <p className="muted">{problem ?? 'Reading the reminder settings…'}</p>
      </section>
    );
  }
  const { reminder, quickCapture } = state.settings;
  const notificationNote = NOTIFICATION_NOTES[state.notifications];

  const changeTime = (time: string) => {
    if (!isTimeOfDay(time)) {
      setTimeProblem('Choose a time of day, such as 17:30. The reminder was not changed.');
      return;
    }
    setTimeProblem(null);
    void change(() => bridge.setReminder({ enabled: reminder.enabled, time }));
  };

  const recordKeys = (event: KeyboardEvent<HTMLInputElement>) => {
    const bare = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
    // Tab and Escape on their own still leave the field, so the keyboard is never trapped.
    if (bare && (event.key === 'Tab' || event.key === 'Escape')) return;
    event.preventDefault();
    const accelerator = acceleratorFromKeyPress(event, isMac);
    if (accelerator === null) return;
    const checked = checkAccelerator(accelerator);
    if (!checked.ok) {
      setKeysProblem(`${checked.problem} The shortcut was not changed.`);
      return;
    }
    setKeysProblem(null);
    void change(() => bridge.setQuickCapture({ enabled: true, accelerator: checked.accelerator }));
  };

  const shownProblem = timeProblem ?? keysProblem ?? problem;
  return (
    <section className="card habits" aria-labelledby="habits-heading" aria-busy={busy}>
      <h2 id="habits-heading">Coming back</h2>
      <div className="row habit-row">
        <label>
          <input
            type="checkbox"
            checked={reminder.enabled}
            disabled={busy || state.notifications === 'unsupported'}
            onChange={(event) => void change(() => bridge.setReminder({ ...reminder, enabled: event.target.checked }))}
          />{' '}
          Remind me to write, each day at
        </label>{' '}
        <input
          type="time"
          aria-label="Reminder time"
          defaultValue={reminder.time}
          key={reminder.time}
          disabled={busy || state.notifications === 'unsupported'}
          onBlur={(event) => event.target.value !== reminder.time && changeTime(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && changeTime(event.currentTarget.value)}
        />
      </div>
      <p className="muted">
        {state.desktop
          ? 'Only on days you have not written yet. Clicking it opens today.'
          : 'Only while Forkcast is open in this browser, and only on days you have not written yet.'}
        {notificationNote && ` ${notificationNote}`}
      </p>
      <ReviewDaySetting />
      {state.desktop ? (
        <>
          <label className="habit-row">
            <input
              type="checkbox"
              checked={state.settings.tray}
              disabled={busy}
              onChange={(event) => void change(() => bridge.setTray({ enabled: event.target.checked }))}
            />{' '}
            Show Forkcast in the {isMac ? 'menu bar' : 'tray'}, and keep the reminder running when the window is closed
          </label>
          <label className="habit-row">
            <input
              type="checkbox"
              checked={state.settings.launchAtLogin}
              disabled={busy || (state.loginItemProblem !== null && !state.settings.launchAtLogin)}
              onChange={(event) => void change(() => bridge.setLaunchAtLogin({ enabled: event.target.checked }))}
            />{' '}
            Start Forkcast when I log in
          </label>
          {state.loginItemProblem && <p className="muted">{state.loginItemProblem}</p>}
          <div className="row habit-row">
            <label>
              <input
                type="checkbox"
                checked={quickCapture.enabled}
                disabled={busy}
                onChange={(event) =>
                  void change(() => bridge.setQuickCapture({ ...quickCapture, enabled: event.target.checked }))
                }
              />{' '}
              Quick capture from any app with
            </label>{' '}
            <input
              className="shortcut-field"
              aria-label="Quick-capture shortcut: press the keys"
              readOnly
              value={acceleratorLabel(quickCapture.accelerator, isMac)}
              disabled={busy}
              onKeyDown={recordKeys}
            />
          </div>
          <p className="muted">
            {state.quickCaptureStatus === 'taken'
              ? `${acceleratorLabel(quickCapture.accelerator, isMac)} is used by another app, so it does not open quick capture. Choose other keys.`
              : 'A small window for today’s day kind and one line. To change the keys, click the field and press them.'}
          </p>
        </>
      ) : (
        <p className="muted">A tray icon, starting at login and a quick-capture shortcut need the desktop app.</p>
      )}
      {shownProblem && (
        <p className="habit-problem" role="alert">
          {shownProblem}
        </p>
      )}
    </section>
  );
}
