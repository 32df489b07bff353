import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * The one import worker parses markdown day files (YAML and sections) and
 * reads other journal apps' exports; the page checks the day files' values
 * with zod afterwards. Dexie is the page's alone: a value import of
 * database.ts or of the shared/ barrel would bring it, and all of zod, in.
 */
describe('import worker bundle', () => {
  it('reaches the YAML parser, the day file reader and the other apps’ readers, but not Dexie', async () => {
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
    expect(inputs).toContain('shared/importers/readSource.ts');
    expect(inputs.some((input) => input.includes('node_modules/yaml/'))).toBe(true);
    expect(inputs.filter((input) => /node_modules\/dexie\//.test(input))).toEqual([]);
    // Only the few zod checks the other apps' readers make, never the journal's schemas.
    expect(inputs.filter((input) => /shared\/[^/]*[sS]chemas\.ts$/.test(input))).toEqual([]);
  });
});
