import { describe, expect, it } from 'vitest';
import {
  acceleratorFromKeyPress,
  acceleratorLabel,
  checkAccelerator,
  quickCaptureSettingSchema,
  reminderSettingSchema,
} from '../../../shared/habits';

const press = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  code,
  key: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('global shortcuts', () => {
  it('accepts what Electron accepts and writes it one way', () => {
    expect(checkAccelerator('cmdorctrl+alt+j')).toEqual({ ok: true, accelerator: 'CommandOrControl+Alt+J' });
    expect(checkAccelerator(' Ctrl+Shift+F12 ')).toEqual({ ok: true, accelerator: 'Control+Shift+F12' });
    expect(checkAccelerator('Alt++')).toEqual({ ok: true, accelerator: 'Alt+Plus' });
    expect(checkAccelerator('Super+Space')).toEqual({ ok: true, accelerator: 'Super+Space' });
  });

  it('refuses what is not a shortcut, saying why', () => {
    const problem = (text: string) => {
      const checked = checkAccelerator(text);
      return checked.ok ? null : checked.problem;
    };
    expect(problem('')).toBe('The shortcut is empty.');
    expect(problem('J')).toMatch(/needs Ctrl, Alt, ⌘ or Super/);
    expect(problem('Shift+J')).toMatch(/needs Ctrl, Alt, ⌘ or Super/);
    expect(problem('Hyper+J')).toMatch(/“Hyper” is not a modifier/);
    expect(problem('Ctrl+Control+J')).toMatch(/names Control twice/);
    expect(problem('Ctrl+Alt+Ö')).toMatch(/“Ö” is not a key/);
    expect(problem('Ctrl+F25')).toMatch(/“F25” is not a key/);
    expect(problem(`Ctrl+${'A'.repeat(100)}`)).toBe('That is not a keyboard shortcut.');
  });

  it('stores only shortcuts written as Forkcast writes them', () => {
    expect(quickCaptureSettingSchema.safeParse({ enabled: true, accelerator: 'CommandOrControl+Alt+J' }).success).toBe(
      true,
    );
    expect(quickCaptureSettingSchema.safeParse({ enabled: true, accelerator: 'ctrl+alt+j' }).success).toBe(false);
    expect(quickCaptureSettingSchema.safeParse({ enabled: false, accelerator: 'J' }).success).toBe(false);
  });

  it('reads a key press by the physical key, with the platform’s primary modifier as CommandOrControl', () => {
    expect(acceleratorFromKeyPress(press('KeyJ', { ctrlKey: true, altKey: true }), false)).toBe(
      'CommandOrControl+Alt+J',
    );
    expect(acceleratorFromKeyPress(press('KeyJ', { metaKey: true, altKey: true }), true)).toBe(
      'CommandOrControl+Alt+J',
    );
    expect(acceleratorFromKeyPress(press('KeyJ', { ctrlKey: true }), true)).toBe('Control+J');
    expect(acceleratorFromKeyPress(press('Digit5', { metaKey: true, shiftKey: true }), false)).toBe('Super+Shift+5');
    expect(acceleratorFromKeyPress(press('ArrowUp', { altKey: true }), false)).toBe('Alt+Up');
    expect(acceleratorFromKeyPress(press('ControlLeft', { ctrlKey: true }), false)).toBeNull();
  });

  it('writes a shortcut as each platform shows it', () => {
    expect(acceleratorLabel('CommandOrControl+Alt+J', false)).toBe('Ctrl+Alt+J');
    expect(acceleratorLabel('CommandOrControl+Alt+J', true)).toBe('⌘⌥J');
    expect(acceleratorLabel('Control+Shift+F12', true)).toBe('⌃⇧F12');
  });
});

describe('the reminder time', () => {
  it('is a time of day, HH:MM on the 24-hour clock, and nothing else', () => {
    for (const time of ['00:00', '07:05', '23:59'])
      expect(reminderSettingSchema.safeParse({ enabled: true, time }).success).toBe(true);
    for (const time of ['24:00', '7:00', '12:60', '17:30:00', '', 'noon', '１７:３０']) {
      const parsed = reminderSettingSchema.safeParse({ enabled: true, time });
      expect(parsed.success, time).toBe(false);
      expect(parsed.error?.issues[0]?.message, time).toMatch(/time of day|too big|Too big/i);
    }
  });
});
