import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/start-electron.mjs');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forkcast-start-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** Runs the real script with Electron's own override variable pointing at `distPath`. */
function start(distPath: string, args: string[] = []) {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distPath },
    timeout: 20_000,
  });
}

function expectOneClearLine(result: ReturnType<typeof start>): void {
  expect(result.status).not.toBe(0);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/Electron binary is not available on this machine/);
  expect(lines[0]).toContain('npm run web');
}

describe('npm start without the Electron binary', () => {
  it('says so in one line, names the browser mode and exits non-zero', () => {
    expectOneClearLine(start(folder));
  });

  it('fails the same way in the pre-build --check, before any build time is spent', () => {
    expectOneClearLine(start(folder, ['--check']));
  });

  it('says the same when the binary is there but cannot be run', async () => {
    const fake = path.join(folder, 'electron');
    await writeFile(fake, 'not an executable');
    await chmod(fake, 0o644);
    // Root may execute anything with an x bit; this file has none, so spawn fails for every user.
    expectOneClearLine(start(folder));
  });
});
