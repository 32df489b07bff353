// electron-builder configuration: `npm run dist` passes it with --config.
// Types: electron-builder.config.d.mts (so tests import it checked).
import { createRequire } from 'node:module';

// Stated rather than inferred, so a build never guesses (or downloads) a
// different Electron than the one the app is developed and tested against.
// Only package.json is read: the package's index.js would try a download.
const electronVersion = createRequire(import.meta.url)('electron/package.json').version;

/**
 * Production fuses. electron-builder flips them in the packaged Electron
 * binary itself, so a user (or malware) cannot turn Forkcast into a generic
 * Node runtime or make it load code that is not its verified app.asar.
 * @type {NonNullable<import('electron-builder').Configuration['electronFuses']>}
 */
export const electronFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  // The app is served from app://, never file://, so file: needs no extra powers.
  grantFileProtocolExtraPrivileges: false,
};

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'app.forkcast.journal',
  productName: 'Forkcast',
  electronVersion,
  directories: { buildResources: 'build', output: 'release' },
  asar: true,
  // esbuild bundles main and preload (only `electron` stays external) and Vite
  // bundles the renderer, so the app needs no node_modules at run time.
  files: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map', '!**/*.{ts,tsx,mts,cts}'],
  // Resolving false tells electron-builder that node_modules are handled
  // elsewhere: it then neither rebuilds nor packs any (see `files` for why none
  // are needed). A dependency with native code would have to revisit this.
  beforeBuild: async () => false,
  electronFuses,
  // Electron takes the Linux app_id (what Wayland and X match windows to
  // launchers by) from the packaged package.json's desktopName.
  extraMetadata: { desktopName: 'forkcast.desktop' },
  // No auto-update feed: the app never talks to the network.
  publish: null,
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'icons',
    executableName: 'forkcast',
    // Names the .desktop file after desktopName so the two always match.
    syncDesktopName: true,
    category: 'Office',
    synopsis: 'Private offline journal for the management-or-architecture decision',
  },
  deb: { packageCategory: 'editors' },
  mac: {
    target: ['dmg'],
    icon: 'icon.icns',
    category: 'public.app-category.productivity',
  },
  win: { target: ['nsis'], icon: 'icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // The journal lives in the app data folder; uninstalling must never delete it.
    deleteAppDataOnUninstall: false,
  },
};

export default config;
