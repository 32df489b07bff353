import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { hasOfflineSpellchecker } from './sessionPolicy';

/** Window background while the page loads: the renderer's --bg in light and dark (renderer/src/styles.css), so there is no flash. */
export const BACKGROUND_COLORS = { light: '#f7f5f0', dark: '#14171c' } as const;

export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Packaged builds get no devtools at all. */
  isPackaged: boolean;
  darkMode: boolean;
  /** Remembered bounds; without x/y the window is centred. */
  bounds?: Partial<Rectangle> & { width: number; height: number };
  /** Decides whether the spellchecker runs (see hasOfflineSpellchecker); this machine's by default. */
  platform?: NodeJS.Platform;
}

/**
 * The one window's options. Every security-relevant web preference is stated
 * explicitly, even where it matches Electron's default, so a default changing
 * upstream cannot weaken the app and a reviewer can check them in one place.
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...DEFAULT_WINDOW_SIZE,
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Forkcast',
    show: false,
    backgroundColor: input.darkMode ? BACKGROUND_COLORS.dark : BACKGROUND_COLORS.light,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: hasOfflineSpellchecker(input.platform ?? process.platform),
      devTools: !input.isPackaged,
    },
  };
}
