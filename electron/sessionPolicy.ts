import type { Session } from 'electron';
import { isAppUrl, parseUrl } from './appOrigin';

/**
 * Permissions the app's own page may use; everything else (camera, location,
 * notifications, clipboard reads, devices, ...) is denied.
 * - persistent-storage: the renderer asks for it so the journal is not evicted.
 * - clipboard-sanitized-write: "copy" buttons (brief, export text) write plain
 *   text; it cannot read the clipboard, and keyboard copy/paste needs no grant.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

/** Whether a permission may be granted: allowed kind, from the app's main frame. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  isMainFrame: boolean,
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isMainFrame && isAppUrl(requestingUrl);
}

/** Schemes a page may load from besides the app itself: inline data, its own blobs, and devtools in development. */
const LOCAL_SCHEMES: ReadonlySet<string> = new Set(['data:', 'blob:', 'devtools:']);

/** Whether the session may make this request at all. Anything remote or on disk (file:) is cancelled. */
export function isAllowedRequest(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (isAppUrl(url) || LOCAL_SCHEMES.has(parsed.protocol));
}

/**
 * Whether the spellchecker can run without downloading anything. macOS checks
 * spelling with the system's own checker. On Windows and Linux Chromium's
 * checker needs Hunspell dictionaries it would fetch from Google's CDN, a
 * request that bypasses webRequest; Electron offers no way to keep that
 * checker without a download URL, so there it is off (no spelling marks).
 */
export function hasOfflineSpellchecker(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/**
 * Applies the deny-by-default policy to a session: permission requests and
 * checks, device access and device choosers, screen capture, every network
 * request that is not the app's own, and the spellchecker's downloads. The
 * CSP already forbids remote origins; this also covers what CSP does not see
 * (a devtools fetch, a request from a page that slipped past the guards).
 */
export function hardenSession(session: Session, platform: NodeJS.Platform = process.platform): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, requestingOrigin, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
  refuseChoosersAndCapture(session, platform);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.setSpellCheckerEnabled(hasOfflineSpellchecker(platform));
}

/**
 * Cancels every device chooser and screen-capture request explicitly, rather
 * than trusting each default: a journal needs no HID, serial, USB or
 * Bluetooth device and never shares the screen. `preventDefault` matters:
 * without it Electron may pick the first device itself. (A window's Bluetooth
 * chooser is a web contents event: see guardWebContents.)
 */
function refuseChoosersAndCapture(session: Session, platform: NodeJS.Platform): void {
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // Windows and Linux only: pairing that needs a confirmation or a PIN is declined.
  if (platform === 'win32' || platform === 'linux') {
    session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  }
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
