import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ELECTRON_DIR = path.resolve(import.meta.dirname, '../../electron');

/** Files allowed to import Electron at run time; everything else is testable under plain Node. */
const BOUNDARY = ['captureWindow.ts', 'electronDialogs.ts', 'main.ts', 'mainWindow.ts', 'preload.ts'];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(ELECTRON_DIR, path.join(entry.parentPath, entry.name)));
}

describe('the Electron boundary', () => {
  it('stays thin: only a few files import electron at run time', async () => {
    const runtimeImporters: string[] = [];
    for (const file of await sources(ELECTRON_DIR)) {
      const text = await readFile(path.join(ELECTRON_DIR, file), 'utf8');
      // `import type` is erased; a value import (or require) loads the real package.
      if (/^import (?!type\b)[^;]*from 'electron';/m.test(text) || /require\(['"]electron['"]\)/.test(text)) {
        runtimeImporters.push(file.split(path.sep).join('/'));
      }
    }
    expect(runtimeImporters.sort()).toEqual(BOUNDARY);
  });

  it('never reaches into the renderer or opens URLs with the shell', async () => {
    for (const file of await sources(ELECTRON_DIR)) {
      const text = await readFile(path.join(ELECTRON_DIR, file), 'utf8');
      expect(text, file).not.toMatch(/from '[./]*renderer\//);
      expect(text, file).not.toMatch(/\bopenExternal\(|\bloadFile\(|['"`]file:/);
    }
  });
});
