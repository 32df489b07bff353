import { extractFile, listPackage, statFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICES_FILE } from '../../scripts/thirdPartyNotices.mjs';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { readFuseWire, STAND_IN_FUSE_WIRE, writeStandInElectronDist } from './standInElectron';

const root = fileURLToPath(new URL('../../', import.meta.url));
const builderCli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
// Nowhere to download from and an empty cache: if electron-builder tried to
// fetch Electron or a tool instead of using the stand-in, the build fails
// here, on any machine, rather than quietly using the network.
const OFFLINE = 'http://127.0.0.1:9/';

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  // Vitest sets NODE_ENV=test; the packed build must be the production one.
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.slice(-4000);
    throw new Error(
      `${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`,
    );
  }
}

/** Every file (not folder) below `dir`, relative to the repo root with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Every file in the archive, relative and with forward slashes (asar lists them from the root, with path.sep). */
function filesInAsar(archive: string): string[] {
  return listPackage(archive, { isPack: false })
    .map((entry) => entry.slice(1).split(path.sep).join('/'))
    .filter((entry) => !('files' in statFile(archive, entry)));
}

let work = '';
let appOutDir = '';
let archive = '';
let packed: string[] = [];

beforeAll(async () => {
  // What `npm run dist` packs (it also typechecks first; `npm run typecheck` covers that).
  run('npm', ['run', 'build:renderer']);
  run('npm', ['run', 'build:electron']);
  work = await mkdtemp(path.join(tmpdir(), 'forkcast-pack-'));
  const electronDist = path.join(work, 'electron-dist');
  const output = path.join(work, 'release');
  await writeStandInElectronDist(electronDist);
  const cache = path.join(work, 'cache');
  const overrides = [`-c.electronDist=${electronDist}`, `-c.directories.output=${output}`];
  const args = [
    '--config',
    'build/electron-builder.config.mjs',
    '--linux',
    '--dir',
    '--publish',
    'never',
    ...overrides,
  ];
  run(process.execPath, [builderCli, ...args], {
    ELECTRON_BUILDER_CACHE: cache,
    electron_config_cache: cache,
    ELECTRON_MIRROR: OFFLINE,
    ELECTRON_BUILDER_BINARIES_MIRROR: OFFLINE,
    ELECTRON_BUILDER_BINARIES_ALLOW_HTTP: 'true',
  });
  // linux-unpacked on x64, linux-<arch>-unpacked elsewhere.
  const unpacked = (await readdir(output)).find((name) => /^linux-.*unpacked$/.test(name)) ?? 'linux-unpacked';
  appOutDir = path.join(output, unpacked);
  archive = path.join(appOutDir, 'resources', 'app.asar');
  packed = filesInAsar(archive);
}, 180_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

describe('electron-builder --dir with a stand-in Electron', () => {
  it('packs exactly package.json and the built main, preload and renderer', async () => {
    const built = [...(await filesUnder('dist/electron')), ...(await filesUnder('dist/renderer'))];
    const expected = ['package.json', ...built.filter((file) => !file.endsWith('.map'))];
    expect([...packed].sort()).toEqual(expected.sort());
    expect(packed).toEqual(
      expect.arrayContaining([
        'dist/electron/main.cjs',
        'dist/electron/preload.cjs',
        'dist/renderer/index.html',
        // The licence texts of the third-party code in each bundle (see thirdPartyNotices.test.ts).
        `dist/electron/${NOTICES_FILE}`,
        `dist/renderer/${NOTICES_FILE}`,
      ]),
    );
    expect(packed.some((file) => file.startsWith('dist/renderer/assets/'))).toBe(true);
  });

  it('packs no sources, tests, source maps or node_modules', () => {
    for (const file of packed) {
      expect(file).not.toMatch(/\.(ts|tsx|mts|cts|map)$/);
      expect(file).not.toMatch(/^(tests|electron|renderer|shared|scripts|build)\//);
      expect(file).not.toMatch(/(^|\/)node_modules\//);
    }
    expect(existsSync(`${archive}.unpacked`)).toBe(false);
  });

  it('needs no node_modules at run time: the bundles require only electron and Node built-ins', () => {
    for (const bundle of ['dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
      const code = extractFile(archive, bundle).toString('utf8');
      const required = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1] ?? '');
      expect(required.filter((id) => id !== 'electron' && !isBuiltin(id))).toEqual([]);
    }
  });

  it('ships a package.json whose main is packed, without the dev-only fields', () => {
    const manifest: unknown = JSON.parse(extractFile(archive, 'package.json').toString('utf8'));
    expect(manifest).toMatchObject({ main: 'dist/electron/main.cjs', desktopName: 'forkcast.desktop' });
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).not.toHaveProperty('scripts');
    expect(packed).toContain('dist/electron/main.cjs');
  });

  it('ships a renderer page with the strict CSP that loads only packed files', () => {
    const html = extractFile(archive, 'dist/renderer/index.html').toString('utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(csp?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference).toMatch(/^\.\//);
      expect(packed).toContain(`dist/renderer/${reference.slice(2)}`);
    }
  });

  it('ships a main process with no dev-server or file:// page to load', () => {
    const main = extractFile(archive, 'dist/electron/main.cjs').toString('utf8');
    expect(main).not.toMatch(/localhost|VITE_DEV_SERVER_URL|ELECTRON_RENDERER_URL|loadFile\(/);
  });

  it('flips the production fuses in the packaged executable', async () => {
    // Wire order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
    // EmbeddedAsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot,
    // FileProtocolExtraPrivileges; the last one (WasmTrapHandlers) is not ours to set.
    expect(await readFuseWire(path.join(appOutDir, 'forkcast'))).toBe(`01001100${STAND_IN_FUSE_WIRE.slice(8)}`);
    expect(existsSync(path.join(appOutDir, 'LICENSE.electron.txt'))).toBe(true);
  });
});
