// Launches Electron on the built app. When the Electron binary is not there
// (it cannot be downloaded on every machine) it says so in one line and exits
// non-zero. It never requires the `electron` package: its index.js would try
// to download the binary. `--check` only looks for the binary, so `npm start`
// can fail fast before spending time on a build.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MISSING =
  'Forkcast: the Electron binary is not available on this machine; run `npm run web` to use Forkcast in the browser instead.';

/** Where the electron package keeps its binary, found the way its index.js does, without downloading. */
function findElectronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return path.join(override, relative || 'electron');
  if (!relative) return null;
  const binary = path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

function missing() {
  console.error(MISSING);
  process.exit(1);
}

const binary = findElectronBinary();
if (binary === null || !existsSync(binary)) missing();
if (process.argv.includes('--check')) process.exit(0);

// ELECTRON_RUN_AS_NODE would make the binary a plain Node and ignore the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root], { stdio: 'inherit', env });
child.on('error', missing);
// Ctrl+C reaches Electron directly (same process group); just pass its result on.
child.on('exit', (code) => process.exit(code ?? 1));
