// Renders build/icon.svg, the one source of the app icon, into every file
// electron-builder needs, so changing the icon means editing one SVG and
// running `npm run icons`:
//   build/icons/NxN.png  Linux (AppImage, deb); electron-builder uses the folder as is
//   build/icon.ico       Windows (exe, installer)
//   build/icon.icns      macOS (app bundle, dmg)
// Chromium rasterises the SVG at each size (crisper than scaling one bitmap
// down). The .ico and .icns are written here as containers of those PNGs,
// which Windows Vista+ and macOS 10.7+ read: electron-builder's own converter
// would download an extra toolset, which these machines cannot, and the
// formats are too simple to justify a dependency.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// OSType -> pixel size. These types are defined as PNG slots; 16 and 32 px
// are left to macOS to scale from the @2x ones rather than use legacy types.
const ICNS_TYPES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

/** Renders the SVG at every requested size; returns size -> PNG bytes. */
async function renderPngs(svg, sizes) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    const pngs = new Map();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<body style="margin:0;background:transparent"><img style="display:block" width="${size}" height="${size}" src="${src}"></body>`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** An ICO whose entries are PNGs (a width/height byte of 0 means 256). */
function toIco(pngs, sizes) {
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, index) => {
    const entry = 6 + 16 * index;
    const png = pngs.get(size);
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...sizes.map((size) => pngs.get(size))]);
}

/** An ICNS: 'icns' + total length, then per image its OSType + length (both big-endian, headers included). */
function toIcns(pngs) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const png = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((total, chunk) => total + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const svg = await readFile(path.join(buildDir, 'icon.svg'));
const pngs = await renderPngs(svg, LINUX_SIZES);
const iconsDir = path.join(buildDir, 'icons');
// Start clean so a size dropped from the list does not linger in the set.
await rm(iconsDir, { recursive: true, force: true });
await mkdir(iconsDir, { recursive: true });
for (const size of LINUX_SIZES) await writeFile(path.join(iconsDir, `${size}x${size}.png`), pngs.get(size));
await writeFile(path.join(buildDir, 'icon.ico'), toIco(pngs, ICO_SIZES));
await writeFile(path.join(buildDir, 'icon.icns'), toIcns(pngs));
console.log(`Icons written to build/: icons/ (${LINUX_SIZES.join(', ')} px), icon.ico, icon.icns`);
