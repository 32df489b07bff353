// The built renderer served on localhost, and the headless Chromium that
// opens it: shared by the end-to-end tests and the screenshot script so both
// look at the app the same way.
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

/** Debian's Chromium (installed by .ci/run); nothing here ever downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** No sandbox (CI runs as root), and none of Chromium's own background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Options for a fresh headless profile, shared by the end-to-end tests and the
 * bench so both see the app alike: a fixed window and locale, and service
 * workers blocked (their requests would slip past request interception).
 */
export const CHROMIUM_CONTEXT_OPTIONS = Object.freeze({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1280, height: 900 },
  locale: 'en-GB',
  serviceWorkers: 'block',
});

/**
 * An init script for a profile that has closed the first-launch welcome
 * before (renderer/src/help/useWelcome.ts), so a script can drive the app
 * from its first page. Serialised into the page: it uses nothing outside.
 */
export function markWelcomeSeen() {
  try {
    if (localStorage.getItem('forkcast.welcomeSeenAt') === null) {
      localStorage.setItem('forkcast.welcomeSeenAt', '2026-01-01T00:00:00.000Z');
    }
  } catch {
    // Documents without storage (about:blank, a sandboxed frame) have no welcome to skip.
  }
}

// The page's CSP (script-src 'self') and nosniff make Chromium refuse a module
// script served as anything but JavaScript, so the types matter.
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where `urlPath` points inside `root`, or null when it would escape it. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * Serves `directory` on http://127.0.0.1:<free port>/ (GET and HEAD only,
 * nothing outside the directory).
 * @param {string} directory
 * @returns {Promise<{ url: string; close: () => Promise<void> }>}
 */
export async function serveDirectory(directory) {
  const root = path.resolve(directory);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`npm run build:renderer\` first.`);
  }

  const server = createServer(async (request, response) => {
    const send = (status, text) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed');
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = resolveInside(root, pathname);
    if (!file) return send(404, 'Not found');
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const info = await stat(file);
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        // Every run serves a fresh build; a cached asset would test an old one.
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
    } catch {
      send(404, 'Not found');
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so parallel runs never collide.
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no TCP address.');

  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve, reject) => {
        // Browsers keep connections alive; drop them so close() does not wait for a timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
