import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Each worker (Trends, History search) is a bundle of its own. It reads the journal with plain
 * IndexedDB and needs only the catalogs of shared/, so neither Dexie nor zod
 * (together about 55 KB gzipped, already in the page's bundle) may be
 * reachable from it. A value import of database.ts, a *Schemas module or the
 * shared/ barrel would bring them back.
 */
describe('the workers’ bundles', () => {
  it.each(['renderer/src/trends/trends.worker.ts', 'renderer/src/history/history.worker.ts'])(
    '%s reaches neither Dexie nor zod',
    async (worker) => {
      const { metafile } = await build({
        absWorkingDir: ROOT,
        entryPoints: [worker],
        bundle: true,
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(metafile.inputs);
      expect(inputs).toContain('renderer/src/data/journalReader.ts');
      expect(inputs.filter((input) => /node_modules\/(dexie|zod)\//.test(input))).toEqual([]);
    },
  );

  it('the Trends worker ships date-fns’ calendar maths but not its format, whose locale and formatter tables dates.ts avoids', async () => {
    const { metafile } = await build({
      absWorkingDir: ROOT,
      entryPoints: ['renderer/src/trends/trends.worker.ts'],
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const shipped = Object.values(metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    );
    expect(shipped.some((input) => input.includes('node_modules/date-fns/'))).toBe(true);
    expect(shipped.filter((input) => /node_modules\/date-fns\/(format|locale\/)/.test(input))).toEqual([]);
  });
});
