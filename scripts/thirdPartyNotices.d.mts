// Types for thirdPartyNotices.mjs, so its TypeScript callers (the Vite config, the packaging tests) are checked.

/** What the notices say about one shipped package. */
export interface ShippedPackage {
  name: string;
  version: string;
  /** Its SPDX licence expression, as its package.json states it. */
  license: string;
  /** The LICENSE (or LICENCE, COPYING) file's text; null when it ships none. */
  licenseText: string | null;
  /** The NOTICE file's text, when it ships one (Apache-2.0 asks for it to be passed on). */
  noticeText: string | null;
}

/** The file's name in each bundle's folder (dist/renderer, dist/electron). */
export const NOTICES_FILE: string;

/** The package folder a bundled module comes from, or null for first-party code. */
export function packageDirOf(modulePath: string): string | null;

/** Name, version, licence and the texts a package ships with it. */
export function readPackage(dir: string): Promise<ShippedPackage>;

/** The notices file's text; throws when a package has no licence text. */
export function renderNotices(what: string, packages: readonly ShippedPackage[]): string;
