// Types for electronBundles.mjs, so its TypeScript callers (the tests) are checked.

/** Writes main.cjs, preload.cjs and the third-party notices into `outdir`, emptied first. */
export function bundleElectron(outdir: string): Promise<{ packages: number }>;
