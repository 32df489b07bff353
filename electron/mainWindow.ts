import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { BACKGROUND_COLORS, createWindowOptions } from './windowOptions';
import type { WindowStateStore } from './windowState';

export interface MainWindowInput {
  preloadPath: string;
  isPackaged: boolean;
  stateStore: WindowStateStore;
}

/**
 * Opens the journal's one window where it was last left (fitted to the
 * displays present now), shows it once painted, keeps its bounds, follows the
 * system theme for the background, and loads the app from its own origin.
 */
export async function createMainWindow({
  preloadPath,
  isPackaged,
  stateStore,
}: MainWindowInput): Promise<BrowserWindow> {
  const restored = await stateStore.load(screen.getAllDisplays().map((display) => display.workArea));
  // Electronegativity cannot see through createWindowOptions and flags this
  // call (context isolation, sandbox, auxclick); the options it builds are
  // asserted in tests, see build/electronegativity.json.
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath,
      isPackaged,
      darkMode: nativeTheme.shouldUseDarkColors,
      bounds: restored?.bounds,
    }),
  );

  window.once('ready-to-show', () => {
    if (restored?.maximized) window.maximize();
    window.show();
  });

  const remember = (): void => stateStore.schedule({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', () => {
    remember();
    void stateStore.flush();
  });

  const followTheme = (): void =>
    window.setBackgroundColor(nativeTheme.shouldUseDarkColors ? BACKGROUND_COLORS.dark : BACKGROUND_COLORS.light);
  nativeTheme.on('updated', followTheme);
  window.on('closed', () => nativeTheme.off('updated', followTheme));

  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Forkcast: the app page did not load', error));
  return window;
}
