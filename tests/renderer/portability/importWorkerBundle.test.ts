import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * The import worker parses YAML and markdown; the page checks the values with
 * zod afterwards. Zod (about 30 KB gzipped) and Dexie are already in the
 * page's bundle, so the worker must reach neither, or the renderer outgrows
 * its 300 KB budget. A value import of a *Schemas module, of dayFile.ts or of
 * the shared/ barrel would bring zod in.
 */
describe('import worker bundle', () => {
  it('reaches the YAML parser and the day file reader, but neither Dexie nor zod', async () => {
    const { metafile } = await build({
      absWorkingDir: ROOT,
      entryPoints: ['renderer/src/portability/import.worker.ts'],
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain('shared/markdown/dayFileParts.ts');
    expect(inputs.some((input) => input.includes('node_modules/yaml/'))).toBe(true);
    expect(inputs.filter((input) => /node_modules\/(dexie|zod)\//.test(input))).toEqual([]);
  });
});
