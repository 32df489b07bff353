import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPORT_ONLY, underBytes, valueRow, type Row } from '../rows';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(0)} KB`;

/** The gzip size of every JS and CSS file of the built renderer, by file name. */
async function gzipSizes(rendererDir: string): Promise<Map<string, number>> {
  const files = await readdir(rendererDir, { recursive: true, withFileTypes: true });
  const sizes = new Map<string, number>();
  for (const file of files) {
    if (!file.isFile() || !['.js', '.css'].includes(extname(file.name))) continue;
    sizes.set(file.name, gzipSync(await readFile(join(file.parentPath, file.name))).length);
  }
  return sizes;
}

/**
 * Case 7, size: all JS and CSS in dist/renderer (the lazily loaded views and
 * the trends worker included), gzipped one file at a time. A second row
 * counts only what index.html loads before the first view.
 */
export async function bundleSizeRows(rendererDir: string): Promise<Row[]> {
  const sizes = await gzipSizes(rendererDir);
  if (sizes.size === 0) throw new Error(`${rendererDir} holds no JS or CSS: run \`npm run build:renderer\` first.`);
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const atStart = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => basename(match[1] ?? ''));
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const startup = atStart.reduce((sum, name) => sum + (sizes.get(name) ?? 0), 0);
  const largest = [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, size]) => `${name.replace(/-[\w-]{8}\./, '.')} ${kb(size)}`)
    .join(', ');
  return [
    valueRow('renderer bundle, JS + CSS (gzip)', 0, underBytes(300 * KB, '300 KB'), total, `largest: ${largest}`),
    valueRow(
      'renderer bundle loaded at startup (gzip)',
      0,
      REPORT_ONLY,
      startup,
      `${atStart.length} files from index.html`,
    ),
  ];
}
