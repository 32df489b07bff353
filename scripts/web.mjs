// `npm run web`: the built journal in a browser, at the one address it lives
// at (see webOrigin.mjs). If that port is taken this stops with a message,
// rather than open an empty journal at another address. `--port` exists only
// to reach a journal kept at an older address once, to back it up.
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WEB_HOST, WEB_PORT } from './webOrigin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = values.port === undefined ? WEB_PORT : Number(values.port);
const address = `http://${WEB_HOST}:${port}/`;

function fail(message) {
  console.error(`npm run web: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 1 || port > 65_535) fail(`--port must be a port number, not "${values.port}".`);

/** Resolves with null when the port can be listened on, or with the error that says why not. */
function tryListen() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', resolve);
    probe.listen(port, WEB_HOST, () => probe.close(() => resolve(null)));
  });
}

/** Whether what answers at the address is a Forkcast page (another `npm run web`). */
async function servesForkcast() {
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(3_000) });
    return (await response.text()).includes('<title>Forkcast</title>');
  } catch {
    return false;
  }
}

async function explainTaken() {
  if (await servesForkcast()) fail(`Forkcast is already open at ${address} (another \`npm run web\`): use that one.`);
  fail(
    `${WEB_HOST}:${port} is taken by another program. Forkcast's browser mode runs only at ${address}: ` +
      'the browser keeps the journal per address, so on another port it would open empty. ' +
      'Close the other program and run `npm run web` again.',
  );
}

const refused = await tryListen();
if (refused?.code === 'EADDRINUSE') await explainTaken();
if (refused) fail(`cannot serve at ${address}: ${refused.message}`);

// Vite is loaded only now, so a taken port is reported at once.
const { preview } = await import('vite');
try {
  const server = await preview({
    configFile: path.join(root, 'renderer', 'vite.config.ts'),
    preview: { host: WEB_HOST, port, strictPort: true },
  });
  console.log(`Forkcast's browser mode: ${address}  (your journal lives at this address; Ctrl+C stops)`);
  server.printUrls();
} catch (error) {
  // Taken between the check and now; anything else (no build yet) says what it is.
  if (/already in use/.test(String(error))) await explainTaken();
  fail(error instanceof Error ? error.message : String(error));
}
