/**
 * Every `scheme://...` in a text: in source files, comments included, and in
 * built bundles, whatever quotes (or none) surround it.
 */
export function findUrls(text: string): string[] {
  return [...text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`<>()\\]*/gi)].map((match) => match[0]);
}

/** The app's own origin; everything else a page could reach is remote. */
export const isOwnUrl = (url: string): boolean => url.startsWith('app://');

/** A URL found in shipped code that is not a place the app goes, and why. */
export interface ReviewedUrl {
  url: string | RegExp;
  why: string;
}

/**
 * The URLs built bundles may contain, each reviewed: identifiers and message
 * text inside third-party code, never requested (the CSP, the session's
 * request policy and the end-to-end request guard would stop it if they were).
 */
export const REVIEWED_URLS: readonly ReviewedUrl[] = [
  {
    url: /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|XML\/1998\/namespace|1998\/Math\/MathML)$/,
    why: 'XML namespace names (SVG, XLink, XHTML, MathML) that React DOM and the icon use as identifiers',
  },
  {
    url: /^https?:\/\/json-schema\.org\/draft[\w/-]*\/schema#?$/,
    why: "the `$schema` identifiers zod's JSON Schema export writes",
  },
  { url: 'https://react.dev/errors/', why: "React's production error messages name its error decoder page" },
  {
    url: 'https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md',
    why: 'text of a date-fns error message about format tokens',
  },
  { url: 'https://tinyurl.com/y2uuvskb', why: "text of dexie's 'IndexedDB API missing' error" },
  { url: 'http://bit.ly/2kdckMn', why: "text of dexie's 'Transaction committed too early' error" },
  { url: 'https://github.com/mholt/PapaParse', why: "papaparse's licence header, which the build keeps with its code" },
  { url: /^idb:\/\//, why: "dexie's keys for its live-query cache (idb://database/table), not an address" },
  {
    url: /^http:\/\/\[\$\{\w+\}\]$/,
    why: 'zod checks an IPv6 address by parsing it inside a URL with new URL(); nothing is requested',
  },
];

/** Whether a URL is one of `reviewed`. */
export function reviewedEntry(url: string, reviewed: readonly ReviewedUrl[] = REVIEWED_URLS): ReviewedUrl | undefined {
  return reviewed.find((entry) => (typeof entry.url === 'string' ? entry.url === url : entry.url.test(url)));
}
