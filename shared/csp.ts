/**
 * The Content-Security-Policy of every page the app shows: only the app's own
 * scripts, styles and images, no eval, no inline script, no remote origin.
 * The renderer puts it in a meta tag and the main process sends it as a
 * response header, so the two can never disagree.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Directives that only work as an HTTP header, never in a meta tag. */
export const CSP_HEADER_ONLY = ["frame-ancestors 'none'"];

export const CONTENT_SECURITY_POLICY_HEADER = [CONTENT_SECURITY_POLICY, ...CSP_HEADER_ONLY].join('; ');

/**
 * Headers every response carries, errors included: from the desktop app's
 * protocol handler and from `npm run web`'s server alike.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
