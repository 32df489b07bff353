// `npm run build:electron`: main, preload and their third-party notices into dist/electron.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleElectron } from './electronBundles.mjs';
import { NOTICES_FILE } from './thirdPartyNotices.mjs';

const outdir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'electron');
const { packages } = await bundleElectron(outdir);
console.log(`Built dist/electron/main.cjs and dist/electron/preload.cjs, and ${NOTICES_FILE} for ${packages} packages`);
