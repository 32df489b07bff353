import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';

/** What the tray's menu does; main supplies them. */
export interface TrayActions {
  writeToday: () => void;
  open: () => void;
  quit: () => void;
}

export interface TrayElectron {
  Tray: new (image: NativeImage | string) => Tray;
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => Menu };
  nativeImage: { createFromPath: (path: string) => NativeImage };
}

/** The tray menu: write today, open the window, quit. */
export function trayMenuTemplate(actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Write today', click: actions.writeToday },
    { label: 'Open Forkcast', click: actions.open },
    { type: 'separator' },
    { label: 'Quit Forkcast', click: actions.quit },
  ];
}

/**
 * Puts Forkcast's icon in the tray (the menu bar on macOS) with its menu.
 * A click on the icon itself opens the window where the platform reports
 * clicks (Windows; Linux shows the menu). Returns the function that removes it.
 */
export function showTrayIcon(electron: TrayElectron, iconPath: string, actions: TrayActions): () => void {
  const tray = new electron.Tray(electron.nativeImage.createFromPath(iconPath));
  tray.setToolTip('Forkcast');
  tray.setContextMenu(electron.Menu.buildFromTemplate(trayMenuTemplate(actions)));
  tray.on('click', actions.open);
  return () => {
    if (!tray.isDestroyed()) tray.destroy();
  };
}
