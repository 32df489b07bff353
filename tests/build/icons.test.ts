import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// The generated icons are committed so packaging never needs Chromium; these
// checks catch a missing or malformed one before electron-builder would.
const build = new URL('../../build/', import.meta.url);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('generated icons', () => {
  it('has a Linux PNG for every size, named NxN.png at that size, up to 1024', async () => {
    const names = (await readdir(new URL('icons/', build))).sort();
    expect(names).toEqual(expect.arrayContaining(['256x256.png', '512x512.png', '1024x1024.png']));
    for (const name of names) {
      const size = Number(/^(\d+)x\1\.png$/.exec(name)?.[1]);
      expect(pngSize(await readFile(new URL(`icons/${name}`, build)))).toEqual([size, size]);
    }
  });

  it('has a Windows .ico that includes a 256 px image', async () => {
    const ico = await readFile(new URL('icon.ico', build));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico[6 + 16 * index] || 256);
    expect(widths).toContain(256);
  });

  it('has a macOS .icns with a 1024 px image', async () => {
    const icns = await readFile(new URL('icon.icns', build));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const images = new Map<string, Buffer>();
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      images.set(icns.subarray(at, at + 4).toString('latin1'), icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
    }
    expect(pngSize(images.get('ic10') ?? Buffer.alloc(0))).toEqual([1024, 1024]);
  });
});
