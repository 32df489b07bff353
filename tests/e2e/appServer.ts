import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { APP_HOST, APP_SCHEME } from '../../electron/appOrigin';
import { createAppProtocolHandler } from '../../electron/appProtocol';

/**
 * The built renderer served to Chromium by the desktop app's own `app://`
 * protocol handler. Each request Chromium sends to http://127.0.0.1:<port>
 * is handed to `createAppProtocolHandler` as the `app://forkcast/...` URL it
 * stands for (path and query exactly as Chromium sent them, after its own URL
 * handling), and the handler's Response goes back as it is: status, the CSP
 * and other security headers, body. So the end-to-end tests run under the
 * header CSP and the path checks the desktop app ships, not a stand-in's.
 */

export interface AppServer {
  /** The base URL, ending in a slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

/** The app:// URL a request stands for, or null for a request-target that is not a path (proxy or `*` forms). */
export function appUrlOf(requestTarget: string): string | null {
  return requestTarget.startsWith('/') ? `${APP_SCHEME}://${APP_HOST}${requestTarget}` : null;
}

async function answer(handle: (request: Request) => Promise<Response>, incoming: IncomingMessage, out: ServerResponse) {
  const url = appUrlOf(incoming.url ?? '');
  let request: Request | null = null;
  try {
    if (url !== null) request = new Request(url, { method: incoming.method });
  } catch {
    // A method fetch forbids (CONNECT, TRACE): Electron would never hand the handler one either.
  }
  if (request === null) {
    out.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
    return;
  }
  const response = await handle(request);
  out.statusCode = response.status;
  for (const [name, value] of response.headers) out.setHeader(name, value);
  // Ending with the whole body lets Node set Content-Length; a HEAD answer carries none.
  out.end(Buffer.from(await response.arrayBuffer()));
}

/** Serves `root` (the built renderer) through the app protocol handler on 127.0.0.1 at a free port. */
export async function serveApp(root: string): Promise<AppServer> {
  const handle = createAppProtocolHandler(root);
  const server = createServer((incoming, out) => {
    answer(handle, incoming, out).catch((error: unknown) => {
      // The handler never throws by design; if it does, the test that made the request fails loudly.
      console.error('The app protocol handler threw:', error);
      if (!out.headersSent) out.writeHead(500);
      out.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so parallel runs never collide.
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The app server has no TCP address.');
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
