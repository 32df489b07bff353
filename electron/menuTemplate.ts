import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  /** Packaged builds get no reload or devtools entries (the webPreferences disable devtools too). */
  isPackaged: boolean;
}

/**
 * The application menu, built only from Electron's roles so every platform
 * gets its native labels and the usual shortcuts (undo, copy, paste, zoom,
 * full screen, close). The Edit menu matters even where the menu bar is
 * hidden: on macOS the clipboard shortcuts only work through it.
 */
export function buildMenuTemplate({ isMac, isPackaged }: MenuOptions): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
