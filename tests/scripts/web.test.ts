import { execFile } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import viteConfig from '../../renderer/vite.config';
import { WEB_HOST, WEB_PORT } from '../../scripts/webOrigin.mjs';
import { SECURITY_HEADERS } from '../../shared/csp';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/web.mjs');

let holder: Server | null = null;
const sockets = new Set<Socket>();
afterEach(async () => {
  // Connections the script left half-open would keep close() waiting.
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await new Promise((resolve) => (holder ? holder.close(resolve) : resolve(undefined)));
  holder = null;
});

/** Takes a free port on the web host with `server`, as another program would; resolves with the port. */
async function occupy(server: Server): Promise<number> {
  holder = server;
  server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, WEB_HOST, resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Runs `npm run web`'s script against `port`; it must stop on its own. */
async function web(port: number) {
  try {
    await promisify(execFile)(process.execPath, [SCRIPT, '--port', String(port)], { timeout: 30_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

describe('npm run web', () => {
  it('serves the preview at the dedicated address only, with the same security headers as the desktop app', () => {
    expect(viteConfig.preview).toEqual({ host: WEB_HOST, port: WEB_PORT, strictPort: true, headers: SECURITY_HEADERS });
    // Not Vite's default preview port, which every other project's preview shares.
    expect(WEB_PORT).not.toBe(4173);
    expect(WEB_HOST).toBe('127.0.0.1');
  });

  it('stops with a clear message, and no stack trace, when another program holds the port', async () => {
    const port = await occupy(createServer());
    const { code, stderr } = await web(port);
    expect(code).toBe(1);
    expect(stderr).toContain(`127.0.0.1:${port} is taken by another program`);
    expect(stderr).toContain('on another port it would open empty');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the port holds Forkcast already', async () => {
    const forkcast = createHttpServer((_request, response) => response.end('<!doctype html><title>Forkcast</title>'));
    const port = await occupy(forkcast);
    const { code, stderr } = await web(port);
    expect(code).toBe(1);
    expect(stderr).toContain(`Forkcast is already open at http://127.0.0.1:${port}/`);
  });

  it('refuses a port that is not a number', async () => {
    const { code, stderr } = await web(Number.NaN);
    expect(code).toBe(1);
    expect(stderr).toContain('--port must be a port number, not "NaN"');
  });
});
