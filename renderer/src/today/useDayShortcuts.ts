import { useEffect, useRef } from 'react';
import type { DayKind } from '../../../shared';

export interface DayShortcutActions {
  setDayKind: (kind: DayKind) => void;
  setEnergy: (energy: number) => void;
  focusNotes: () => void;
  addActivity: () => void;
  openHelp: () => void;
}

/** The Today view's keys, as Help lists them; the controls show the same keys beside their labels. */
export const DAY_SHORTCUTS = {
  good: 'G',
  mixed: 'M',
  bad: 'B',
  notes: 'N',
  addActivity: 'Control+K',
  help: '?',
} as const;

const KIND_KEYS: Readonly<Record<string, DayKind>> = { g: 'good', m: 'mixed', b: 'bad' };

/** True when a key press belongs to what has focus: typing in a field, or choosing in a list. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target.getAttribute('role') === 'combobox';
}

/**
 * The day's keyboard shortcuts: G, M and B for the day kind, 1 to 5 for
 * energy, N to the notes, ? for Help and Ctrl+K (⌘K on a Mac) to add an activity. Plain
 * keys act only when focus is not in a text field, so typing is never taken
 * over; Ctrl+K works from anywhere on the day. A key held down acts once.
 */
export function useDayShortcuts(actions: DayShortcutActions, enabled = true): void {
  // The latest actions, read at key time, so the listener is added once.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.isComposing) return;
      const key = event.key.toLowerCase();
      const act = latest.current;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && key === 'k') {
        event.preventDefault();
        act.addActivity();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
      const kind = KIND_KEYS[key];
      if (kind) act.setDayKind(kind);
      else if (/^[1-5]$/.test(key)) act.setEnergy(Number(key));
      else if (key === 'n') act.focusNotes();
      else if (key === '?') act.openHelp();
      else return;
      // The key did its job here; it must not also type into what the shortcut focused.
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
