/**
 * The one origin the app's pages live on. IndexedDB, and so the whole journal,
 * is keyed by origin: changing any part of this strands every user's data, so
 * it is decided once here and never derived from anything else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'forkcast';
/** The page the window opens. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Parses a URL, or returns null instead of throwing on garbage. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether a URL (or an origin such as `app://forkcast`) belongs to the app.
 * Compares the parsed scheme and host, never string prefixes, so
 * `app://forkcast.evil/` or `app://forkcast@evil/` do not pass. (`URL.origin`
 * is "null" for custom schemes in Node, hence protocol + host.)
 */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = url ? parseUrl(url) : null;
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
