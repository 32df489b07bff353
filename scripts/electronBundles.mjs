// Bundles the main process and the preload as CommonJS into one folder, with
// the licence texts of the third-party code they bundle beside them.
// The preload must be self-contained: it runs sandboxed, where `require` only
// knows `electron` and a few Node shims, so shared/ and zod are bundled in.
import { build } from 'esbuild';
import { copyFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTICES_FILE, packageDirOf, readPackage, renderNotices } from './thirdPartyNotices.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  // No source maps: they would ship the sources inside the package.
  sourcemap: false,
  // The licences go in full into NOTICES_FILE instead of scattered comments.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/**
 * Writes main.cjs, preload.cjs, the tray icon (tray.png, and tray@2x.png for
 * high-density screens, which Electron picks by name) and the notices file
 * into `outdir`, emptied first.
 * @param {string} outdir
 * @returns {Promise<{ packages: number }>}
 */
export async function bundleElectron(outdir) {
  await rm(outdir, { recursive: true, force: true });
  const results = await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs') }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs') }),
  ]);
  await copyFile(path.join(root, 'build/icons/16x16.png'), path.join(outdir, 'tray.png'));
  await copyFile(path.join(root, 'build/icons/32x32.png'), path.join(outdir, 'tray@2x.png'));
  // Every input that put code into an output; what esbuild tree-shook away is not shipped.
  const bundled = results.flatMap(({ metafile }) =>
    Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs)),
  );
  const packageDirs = [...new Set(bundled.map(packageDirOf).filter((dir) => dir !== null))];
  const packages = await Promise.all(packageDirs.map((dir) => readPackage(path.join(root, dir))));
  await writeFile(
    path.join(outdir, NOTICES_FILE),
    renderNotices('the Forkcast app process (main and preload)', packages),
  );
  return { packages: packages.length };
}
