import type { WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

/** What every navigation-like event hands us: a target URL and a way to stop it. */
interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Stops any navigation whose parsed URL is not the app's own origin. */
export function blockForeignNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Locks down one web contents (main window, devtools, anything else Electron
 * creates): navigation and redirects stay inside the app, frames cannot
 * navigate out either, `<webview>` never attaches, window.open is denied and
 * the Bluetooth device chooser is cancelled.
 *
 * Links are not handed to `shell.openExternal` even for https: the journal
 * promises that nothing leaves the machine, and a link in imported markdown
 * must not be able to make the app open a tracking URL. The user can copy it.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.on('will-frame-navigate', blockForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Without preventDefault Electron would pick the first device found; '' cancels the chooser.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}
