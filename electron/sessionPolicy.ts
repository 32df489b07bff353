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
 * Loopback address the spellchecker's dictionary downloader is pointed at. On
 * Windows and Linux Chromium would otherwise fetch Hunspell dictionaries from
 * Google's CDN, a request that leaves the machine and bypasses webRequest; a
 * literal IP needs no DNS lookup and the connection never leaves the host.
 * The cost: no spellchecking on those systems until dictionaries are shipped.
 */
// eslint-disable-next-line @microsoft/sdl/no-insecure-url -- loopback port 9 (discard): nothing is sent anywhere, and TLS to it could not work
export const OFFLINE_DICTIONARY_URL = 'http://127.0.0.1:9/';

/**
 * Applies the deny-by-default policy to a session: permission requests and
 * checks, device access, and every network request that is not the app's own.
 * The CSP already forbids remote origins; this also covers what CSP does not
 * see (a devtools fetch, a request from a page that slipped past the guards).
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, requestingOrigin, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.setSpellCheckerDictionaryDownloadURL(OFFLINE_DICTIONARY_URL);
}
