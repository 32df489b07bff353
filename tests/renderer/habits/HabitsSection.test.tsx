// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { DEFAULT_HABIT_SETTINGS, type HabitSettings, type HabitState } from '../../../shared';
import { HabitsSection } from '../../../renderer/src/habits/HabitsSection';
import { bridge } from '../portability/fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('../portability/fakeBridge'));

const desktop = (settings: Partial<HabitSettings> = {}): HabitState => ({
  settings: { ...DEFAULT_HABIT_SETTINGS, ...settings },
  notifications: 'available',
  desktop: true,
  loginItemProblem: null,
  quickCaptureStatus: 'off',
});

beforeEach(() => {
  bridge.getAppInfo.mockResolvedValue({ mode: 'electron', version: 'test', platform: 'linux' });
  bridge.getHabits.mockResolvedValue(desktop());
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const shortcutField = () => screen.findByRole('textbox', { name: 'Quick-capture shortcut: press the keys' });

describe('Settings: coming back', () => {
  it('records a shortcut from the keys pressed, written the way the platform shows it', async () => {
    bridge.setQuickCapture.mockImplementation(async (request) => ({
      status: 'done',
      state: desktop({ quickCapture: request }),
    }));
    render(<HabitsSection />);
    const field = await shortcutField();
    fireEvent.keyDown(field, { code: 'ControlLeft', key: 'Control', ctrlKey: true });
    expect(bridge.setQuickCapture).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { code: 'KeyK', key: 'k', ctrlKey: true, shiftKey: true });
    expect(bridge.setQuickCapture).toHaveBeenCalledWith({ enabled: true, accelerator: 'CommandOrControl+Shift+K' });
    await screen.findByDisplayValue('Ctrl+Shift+K');
  });

  it('refuses keys that would take ordinary typing, saying why, and changes nothing', async () => {
    render(<HabitsSection />);
    const field = await shortcutField();
    fireEvent.keyDown(field, { code: 'KeyJ', key: 'J', shiftKey: true });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A shortcut that works in every app needs Ctrl, Alt, ⌘ or Super with the key, so it never takes your typing. The shortcut was not changed.',
    );
    expect(bridge.setQuickCapture).not.toHaveBeenCalled();
    expect((field as HTMLInputElement).value).toBe('Ctrl+Alt+J');
  });

  it('says which keys another app holds, and keeps the ones that worked', async () => {
    bridge.setQuickCapture.mockResolvedValue({
      status: 'failed',
      message: 'Ctrl+Alt+K is already used by another app or by the system. Choose other keys.',
    });
    render(<HabitsSection />);
    const field = await shortcutField();
    fireEvent.keyDown(field, { code: 'KeyK', key: 'k', ctrlKey: true, altKey: true });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ctrl+Alt+K is already used by another app or by the system. Choose other keys.',
    );
    expect((field as HTMLInputElement).value).toBe('Ctrl+Alt+J');
  });

  it('lets Tab leave the shortcut field', async () => {
    render(<HabitsSection />);
    const field = await shortcutField();
    field.focus();
    await userEvent.tab();
    expect(document.activeElement).not.toBe(field);
    expect(bridge.setQuickCapture).not.toHaveBeenCalled();
  });

  it('refuses an empty reminder time with a message, and changes nothing', async () => {
    render(<HabitsSection />);
    const time = await screen.findByLabelText('Reminder time');
    fireEvent.change(time, { target: { value: '' } });
    fireEvent.blur(time);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Choose a time of day, such as 17:30. The reminder was not changed.',
    );
    expect(bridge.setReminder).not.toHaveBeenCalled();
  });

  it('turns the tray on through main, and shows main’s reason when it refuses', async () => {
    bridge.setTray.mockResolvedValueOnce({ status: 'failed', message: 'The disk is full. Nothing was changed.' });
    render(<HabitsSection />);
    const tray = await screen.findByRole('checkbox', { name: /Show Forkcast in the tray/ });
    await userEvent.click(tray);
    expect(bridge.setTray).toHaveBeenCalledWith({ enabled: true });
    expect((await screen.findByRole('alert')).textContent).toBe('The disk is full. Nothing was changed.');
    expect((tray as HTMLInputElement).checked).toBe(false);
  });

  it('in a browser offers only the reminder, and says what needs the desktop app', async () => {
    bridge.getAppInfo.mockResolvedValue({ mode: 'browser', version: 'test', platform: 'linux' });
    bridge.getHabits.mockResolvedValue({ ...desktop(), desktop: false, notifications: 'unsupported' });
    render(<HabitsSection />);
    await screen.findByText(/Reminders need the desktop app: this browser cannot show notifications\./);
    expect(screen.queryByRole('checkbox', { name: /tray/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Remind me to write/ })).toHaveProperty('disabled', true);
  });
});
