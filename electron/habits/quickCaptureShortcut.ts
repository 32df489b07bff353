import type { GlobalShortcut } from 'electron';
import { acceleratorLabel } from '../../shared/habits';

export type ShortcutStatus = 'off' | 'active' | 'taken';

export interface QuickCaptureShortcut {
  /** Registers the shortcut at start: 'taken' when another app holds it (it is then not live). */
  start(accelerator: string | null): ShortcutStatus;
  /**
   * Moves the shortcut to `accelerator` (null turns it off). The new one is
   * registered before the old is let go, so a refused change leaves the old
   * one working; a refusal is an Error whose message says which keys are taken.
   */
  change(accelerator: string | null): void;
  status(): ShortcutStatus;
}

/** The global shortcut that opens the quick-capture window, from any app. */
export function createQuickCaptureShortcut(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
  onPress: () => void,
  isMac: boolean,
): QuickCaptureShortcut {
  let live: string | null = null;
  let wanted: string | null = null;

  return {
    start(accelerator) {
      wanted = accelerator;
      if (accelerator !== null && globalShortcut.register(accelerator, onPress)) live = accelerator;
      return this.status();
    },
    change(accelerator) {
      if (accelerator === live) {
        wanted = accelerator;
        return;
      }
      if (accelerator !== null && !globalShortcut.register(accelerator, onPress)) {
        throw new Error(
          `${acceleratorLabel(accelerator, isMac)} is already used by another app or by the system. Choose other keys.`,
        );
      }
      if (live !== null) globalShortcut.unregister(live);
      live = accelerator;
      wanted = accelerator;
    },
    status() {
      if (wanted === null) return 'off';
      return live === wanted ? 'active' : 'taken';
    },
  };
}
