import { watch } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWindowStateStore, fitToDisplays, parseWindowState, type Rect } from '../../electron/windowState';

const LAPTOP: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const RIGHT_MONITOR: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

let folder: string;
let file: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forkcast-window-'));
  file = path.join(folder, 'window-state.json');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** Resolves when `name` is renamed into place in `folder`, as an atomic write ends; start it before the write. */
function renamedIntoPlace(name: string): Promise<void> {
  const watcher = watch(folder);
  return new Promise((resolve) => {
    watcher.on('change', (type, changed) => {
      if (type !== 'rename' || changed !== name) return;
      watcher.close();
      resolve();
    });
  });
}

describe('parseWindowState', () => {
  it('accepts saved bounds', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it.each([
    '',
    '{',
    'null',
    '[]',
    '"hello"',
    '{"x":10,"y":20}',
    '{"width":"1000","height":700}',
    '{"width":10,"height":10}',
    '{"width":1e9,"height":700}',
    '{"width":1000.5,"height":700}',
    '{"x":null,"y":0,"width":1000,"height":700}',
  ])('ignores malformed state %s', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('fitToDisplays', () => {
  const state = { x: 100, y: 50, width: 1000, height: 700, maximized: false };

  it('restores bounds that are on a display unchanged', () => {
    expect(fitToDisplays(state, [LAPTOP])).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: false,
    });
    const onRight = { ...state, x: 2000, y: 100 };
    expect(fitToDisplays(onRight, [LAPTOP, RIGHT_MONITOR]).bounds).toEqual({
      x: 2000,
      y: 100,
      width: 1000,
      height: 700,
    });
  });

  it('drops the position of a window on a display that is gone, keeping a size that fits', () => {
    const onUnplugged = { ...state, x: 2000, y: 100, width: 2400, height: 1300, maximized: true };
    expect(fitToDisplays(onUnplugged, [LAPTOP])).toEqual({ bounds: { width: 1440, height: 900 }, maximized: true });
    expect(fitToDisplays({ ...state, x: -5000, y: -5000 }, [LAPTOP]).bounds).toEqual({ width: 1000, height: 700 });
  });

  it('pulls a half off-screen window back onto the display it overlaps most', () => {
    expect(fitToDisplays({ ...state, x: 1000, y: 600 }, [LAPTOP]).bounds).toEqual({
      x: 440,
      y: 200,
      width: 1000,
      height: 700,
    });
    expect(fitToDisplays({ ...state, x: -200, y: -30, width: 3000, height: 2000 }, [LAPTOP]).bounds).toEqual(LAPTOP);
  });

  it('keeps size only when no position was saved or no display is known', () => {
    expect(fitToDisplays({ width: 1000, height: 700, maximized: false }, [LAPTOP]).bounds).toEqual({
      width: 1000,
      height: 700,
    });
    expect(fitToDisplays(state, []).bounds).toEqual({ width: 1000, height: 700 });
  });
});

describe('createWindowStateStore', () => {
  it('has nothing to restore on first run or from a malformed file', async () => {
    const store = createWindowStateStore(file);
    await expect(store.load([LAPTOP])).resolves.toBeNull();
    await writeFile(file, '{"width": "wide"');
    await expect(store.load([LAPTOP])).resolves.toBeNull();
  });

  it('saves after a quiet period, atomically, and restores what it saved', async () => {
    const written = renamedIntoPlace('window-state.json');
    vi.useFakeTimers();
    try {
      const store = createWindowStateStore(file, 500);
      store.schedule({ x: 1, y: 2, width: 900, height: 600, maximized: false });
      store.schedule({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
      expect(store.isBusy()).toBe(true);
      await vi.advanceTimersByTimeAsync(499);
      await expect(readdir(folder)).resolves.toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
    } finally {
      vi.useRealTimers();
    }
    await written;
    expect(await readdir(folder)).toEqual(['window-state.json']);
    const store = createWindowStateStore(file);
    await expect(store.load([LAPTOP])).resolves.toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('flushes on demand and is idle afterwards', async () => {
    const store = createWindowStateStore(file, 60_000);
    store.schedule({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    await store.flush();
    expect(store.isBusy()).toBe(false);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ x: 10, width: 1000 });
  });

  it('logs, never throws, when the folder cannot be written', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createWindowStateStore(path.join(folder, 'missing', 'window-state.json'));
    store.schedule({ width: 1000, height: 700, maximized: false });
    await expect(store.flush()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalled();
    expect(store.isBusy()).toBe(false);
  });
});
