import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { createWindowOptions } from './windowOptions';

/** The quick-capture window's page: the app's own, on its capture route. */
export const CAPTURE_URL = `${APP_ENTRY_URL}#/capture`;

export const CAPTURE_WINDOW_SIZE = { width: 480, height: 300 } as const;

/**
 * The small window the quick-capture shortcut opens over whatever app is in
 * front: today's day kind and one line. Same secure web preferences and
 * origin as the main window (so it saves through the same journal), a fixed
 * small size, above other windows, and no taskbar entry of its own.
 */
export function createCaptureWindow({ preloadPath, isPackaged }: { preloadPath: string; isPackaged: boolean }) {
  // Electronegativity cannot see through createWindowOptions (see build/electronegativity.json).
  const window = new BrowserWindow({
    ...createWindowOptions({ preloadPath, isPackaged, darkMode: nativeTheme.shouldUseDarkColors }),
    ...CAPTURE_WINDOW_SIZE,
    minWidth: CAPTURE_WINDOW_SIZE.width,
    minHeight: CAPTURE_WINDOW_SIZE.height,
    title: 'Forkcast: a line for today',
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(CAPTURE_URL).catch((error: unknown) => console.error('Forkcast: quick capture did not load', error));
  return window;
}
