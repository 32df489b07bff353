import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import config, { electronFuses } from '../../build/electron-builder.config.mjs';

const root = new URL('../../', import.meta.url);

async function readJson(relative: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(relative, root), 'utf8'));
}

describe('electron-builder configuration', () => {
  it('sets every production fuse', () => {
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.electronFuses).toBe(electronFuses);
  });

  it('names the app and packs only the built files into an asar', () => {
    expect(config).toMatchObject({
      appId: 'app.forkcast.journal',
      productName: 'Forkcast',
      asar: true,
      directories: { buildResources: 'build', output: 'release' },
      files: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map', '!**/*.{ts,tsx,mts,cts}'],
      publish: null,
    });
  });

  it('pins the installed Electron and never names a stand-in for it', async () => {
    expect(await readJson('node_modules/electron/package.json')).toMatchObject({ version: config.electronVersion });
    expect(config.electronDist).toBeUndefined();
  });

  it('targets AppImage and deb, dmg, and nsis', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('keeps the journal when Windows users uninstall', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('has the metadata a deb package needs', async () => {
    expect(await readJson('package.json')).toMatchObject({
      author: { name: expect.any(String), email: expect.stringContaining('@') },
      homepage: expect.stringMatching(/^https:\/\//),
    });
  });
});
