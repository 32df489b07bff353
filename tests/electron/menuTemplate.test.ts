import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/menuTemplate';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('buildMenuTemplate', () => {
  it('has the usual File, Edit, View and Window menus, and the app menu on macOS', () => {
    const mac = roles(buildMenuTemplate({ isMac: true, isPackaged: true }));
    expect(mac).toEqual(
      expect.arrayContaining(['appMenu', 'fileMenu', 'editMenu', 'windowMenu', 'zoomIn', 'togglefullscreen']),
    );
    expect(roles(buildMenuTemplate({ isMac: false, isPackaged: true }))).not.toContain('appMenu');
  });

  it('offers devtools and reload only in development', () => {
    expect(roles(buildMenuTemplate({ isMac: false, isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isMac: false, isPackaged: true }))).not.toContain('forceReload');
    expect(roles(buildMenuTemplate({ isMac: false, isPackaged: false }))).toContain('toggleDevTools');
  });
});
