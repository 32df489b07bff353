// The licence and notice texts of the third-party packages a bundle ships,
// as one plain-text file beside the bundle. MIT, ISC and Apache-2.0 ask for
// their texts (and Apache's NOTICE) to travel with every copy. The renderer
// build learns its packages from rollup-plugin-license, the main-process
// build from esbuild's metafile; both write the file with `renderNotices`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The file's name in each bundle's folder (dist/renderer, dist/electron). */
export const NOTICES_FILE = 'third-party-notices.txt';

/**
 * The package folder a bundled module comes from (the last `node_modules`
 * on its path, so nested copies count as their own package), or null for
 * first-party code.
 * @param {string} modulePath
 * @returns {string | null}
 */
export function packageDirOf(modulePath) {
  const normalised = modulePath.replace(/^\0/, '').split(path.sep).join('/');
  const at = normalised.lastIndexOf('node_modules/');
  if (at < 0 || (at > 0 && normalised[at - 1] !== '/')) return null;
  const start = at + 'node_modules/'.length;
  const [first = '', second = ''] = normalised.slice(start).split('/');
  return normalised.slice(0, start) + (first.startsWith('@') ? `${first}/${second}` : first);
}

/** @param {string} dir @param {RegExp} name */
async function readMatching(dir, name) {
  const file = (await readdir(dir)).filter((entry) => name.test(entry)).sort()[0];
  return file === undefined ? null : (await readFile(path.join(dir, file), 'utf8')).trim();
}

/**
 * Name, version, licence and the texts a package ships with it.
 * @param {string} dir
 * @returns {Promise<import('./thirdPartyNotices.d.mts').ShippedPackage>}
 */
export async function readPackage(dir) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  return {
    name: manifest.name,
    version: manifest.version,
    license: typeof manifest.license === 'string' ? manifest.license : 'see the licence text',
    licenseText: await readMatching(dir, /^(licen[cs]e|copying)(\.|-|$)/i),
    noticeText: await readMatching(dir, /^notice(\.|$)/i),
  };
}

/**
 * The notices file: every package once, by name, with its licence text and
 * any NOTICE. A package without a licence file fails the build, rather than
 * shipping without the text its licence asks for.
 * @param {string} what e.g. "the Forkcast window"
 * @param {readonly import('./thirdPartyNotices.d.mts').ShippedPackage[]} packages
 * @returns {string}
 */
export function renderNotices(what, packages) {
  const unique = new Map(packages.map((pkg) => [`${pkg.name}@${pkg.version}`, pkg]));
  const sorted = [...unique.values()].sort((a, b) => `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`));
  const missing = sorted.filter((pkg) => !pkg.licenseText).map((pkg) => `${pkg.name}@${pkg.version}`);
  if (missing.length > 0) throw new Error(`No licence text found for ${missing.join(', ')}: add it before shipping.`);
  const rule = '='.repeat(78);
  const sections = sorted.map((pkg) =>
    [
      rule,
      `${pkg.name} ${pkg.version} (${pkg.license})`,
      rule,
      '',
      pkg.licenseText,
      ...(pkg.noticeText ? ['', `--- NOTICE (${pkg.name}) ---`, '', pkg.noticeText] : []),
      '',
    ].join('\n'),
  );
  return [
    `Third-party software in ${what}`,
    '',
    `Forkcast includes the following ${sorted.length} open-source packages. Each is used under its own`,
    'licence, reproduced below with any notice the package ships.',
    '',
    ...sections,
  ].join('\n');
}
