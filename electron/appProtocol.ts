import { readFile, realpath } from 'node:fs/promises';
import path, { type PlatformPath } from 'node:path';
import { SECURITY_HEADERS } from '../shared/csp';
import { APP_SCHEME, isAppUrl, parseUrl } from './appOrigin';

/**
 * Privileges for the app scheme, registered before `ready`. `standard` gives
 * it real origins (so IndexedDB and relative URLs work), `secure` makes it a
 * secure context, `supportFetchAPI` lets the page fetch its own assets. No CSP
 * bypass, no service workers, no CORS.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file; unknown kinds are opaque bytes (nosniff keeps them inert). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Whether `target` lies strictly inside `root`, by `path.relative` rather than
 * string prefixes: `/x/renderer-old/a` is not inside `/x/renderer`, trailing
 * separators and `..` segments are resolved first, and on Windows (`paths` is
 * this platform's path rules by default) case and drive letters count as the
 * file system counts them. Pure path arithmetic: symlinks are the caller's to
 * resolve (see `readInside`).
 */
export function isInsideRoot(root: string, target: string, paths: PlatformPath = path): boolean {
  const fromRoot = paths.relative(paths.resolve(root), paths.resolve(target));
  return fromRoot !== '' && fromRoot !== '..' && !fromRoot.startsWith(`..${paths.sep}`) && !paths.isAbsolute(fromRoot);
}

/** A `..` segment in any spelling (`..`, `%2e%2e`, `.%2e`), separated by `/` or `\\` in any encoding. */
const DOT_DOT_SEGMENT = /(^|[/\\])\.\.([/\\?#]|$)/;

/**
 * Maps an `app://forkcast/...` URL to a file strictly inside `root`, or null.
 * Refuses other schemes, hosts, ports and credentials; any `..` segment, plain
 * or percent-encoded, outright (Chromium normalises them away first, this is
 * the second line); backslashes and NUL bytes; and anything `path.relative`
 * places outside root. `/` maps to index.html.
 */
export function resolveAppPath(root: string, url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || !isAppUrl(url) || parsed.port !== '') return null;
  let decodedUrl: string;
  let decodedPath: string;
  try {
    decodedUrl = decodeURIComponent(url);
    decodedPath = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (DOT_DOT_SEGMENT.test(decodedUrl) || /[\\\0]/.test(decodedPath)) return null;
  const relative = decodedPath.replace(/^\/+/, '') || 'index.html';
  const target = path.resolve(root, relative);
  return isInsideRoot(root, target) ? target : null;
}

function respond(status: number, body: string | Uint8Array<ArrayBuffer> | null, contentType: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
}

/**
 * The `protocol.handle` handler serving the built renderer from `root`.
 * Only GET and HEAD; a missing or refused path is a plain 404 that says
 * nothing about the disk. A path without an extension that is not a file falls
 * back to index.html so a reload on an in-app route still opens the app.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain; charset=utf-8');
    const target = resolveAppPath(root, request.url);
    if (target === null) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    const file =
      (await readInside(root, target)) ??
      (path.extname(target) === '' ? await readInside(root, path.join(root, 'index.html')) : null);
    if (file === null) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    return respond(200, request.method === 'HEAD' ? null : file.bytes, mimeTypeFor(file.path));
  };
}

/**
 * Reads `target` if, with every symlink on the way resolved, it is a file
 * inside `root`, so a link in the folder cannot serve what lies outside it.
 * (Electron's fs answers realpath inside app.asar as well.)
 */
async function readInside(
  root: string,
  target: string,
): Promise<{ path: string; bytes: Uint8Array<ArrayBuffer> } | null> {
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    if (!isInsideRoot(realRoot, realTarget)) return null;
    return { path: realTarget, bytes: await readFile(realTarget) };
  } catch {
    // Missing file, a folder (EISDIR) or unreadable: all the same 404 to the page.
    return null;
  }
}
