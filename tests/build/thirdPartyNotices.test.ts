import { build as esbuild } from 'esbuild';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild, type Plugin, type PluginOption, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../renderer/vite.config';
import { bundleElectron } from '../../scripts/electronBundles.mjs';
import { NOTICES_FILE, packageDirOf, renderNotices } from '../../scripts/thirdPartyNotices.mjs';

/**
 * Every third-party package whose code ends up in a shipped bundle must be a
 * production dependency and must be in that bundle's notices file with its
 * licence text (and NOTICE, where it has one). The packages are found here
 * independently of the build's own tooling: from the bundler's record of what
 * it put into each output, read from the package folders on disk.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
}
const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** For each package folder (relative to the root), what the notices must say about it. */
async function expectedFor(dirs: Iterable<string>) {
  return Promise.all(
    [...new Set(dirs)].sort().map(async (dir) => {
      const manifest = JSON.parse(await readFile(path.join(root, dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
      };
      const files = await readdir(path.join(root, dir));
      const text = async (pattern: RegExp) => {
        const file = files.filter((name) => pattern.test(name)).sort()[0];
        return file ? (await readFile(path.join(root, dir, file), 'utf8')).trim() : null;
      };
      return {
        dir,
        name: manifest.name,
        version: manifest.version,
        lock: lock.packages[dir],
        licenseText: await text(/^(licen[cs]e|copying)/i),
        noticeText: await text(/^notice/i),
      };
    }),
  );
}

function expectListed(notices: string, expected: Awaited<ReturnType<typeof expectedFor>>): void {
  expect(expected.length).toBeGreaterThan(0);
  for (const pkg of expected) {
    const where = `${pkg.name} (${pkg.dir})`;
    // Shipped code comes from the production dependency tree only.
    expect(pkg.lock, where).toBeDefined();
    expect(pkg.lock?.dev ?? pkg.lock?.devOptional ?? false, `${where} is a dev dependency`).toBe(false);
    expect(notices, where).toContain(`\n${pkg.name} ${pkg.version} (`);
    expect(pkg.licenseText, `${where} ships no licence file`).not.toBeNull();
    expect(notices, `${where}: licence text`).toContain(pkg.licenseText ?? '');
    if (pkg.noticeText) expect(notices, `${where}: NOTICE`).toContain(pkg.noticeText);
  }
  // Nothing listed that is not shipped.
  const listed = [...notices.matchAll(/^(\S+) (\S+) \(.*\)$/gm)].map((match) => `${match[1]}@${match[2]}`);
  expect(listed.sort()).toEqual(expected.map((pkg) => `${pkg.name}@${pkg.version}`).sort());
}

/** Package folders behind the code a Rolldown bundle actually rendered into its chunks. */
function recordPackages(into: Set<string>): Plugin {
  return {
    name: 'test-record-packages',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries((output as Rolldown.OutputChunk).modules)) {
          const dir = module.renderedLength > 0 ? packageDirOf(id) : null;
          if (dir !== null) into.add(path.relative(root, dir).split(path.sep).join('/'));
        }
      }
    },
  };
}

describe('third-party notices', () => {
  it('the renderer build lists every package its page and worker ship, with licence and notice texts', async () => {
    const packages = new Set<string>();
    const workerPlugins = viteConfig.worker?.plugins as (() => PluginOption[]) | undefined;
    const output = await viteBuild({
      ...viteConfig,
      configFile: false,
      logLevel: 'silent',
      build: { ...viteConfig.build, write: false },
      plugins: [...(viteConfig.plugins ?? []), recordPackages(packages)],
      worker: { ...viteConfig.worker, plugins: () => [...(workerPlugins?.() ?? []), recordPackages(packages)] },
    });
    const bundle = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const asset = bundle.flatMap((result) => result.output).find((file) => file.fileName === NOTICES_FILE);
    expect(asset?.type).toBe('asset');
    const notices = String(asset?.type === 'asset' ? asset.source : '');
    expectListed(notices, await expectedFor(packages));
    // Apache-2.0's NOTICE travels too: dexie has one.
    expect(notices).toContain('--- NOTICE (dexie) ---');
  }, 120_000);

  it('the main-process build lists every package main and preload ship', async () => {
    const dirs: string[] = [];
    for (const entry of ['electron/main.ts', 'electron/preload.ts']) {
      const { metafile } = await esbuild({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        external: ['electron'],
        outdir: 'out',
        write: false,
        metafile: true,
        absWorkingDir: root,
        logLevel: 'silent',
      });
      for (const output of Object.values(metafile.outputs)) {
        for (const input of Object.keys(output.inputs)) {
          const dir = packageDirOf(input);
          if (dir !== null) dirs.push(dir);
        }
      }
    }
    // What `npm run build:electron` does, into a folder of its own; the packaging test checks it is packed.
    const outdir = await mkdtemp(path.join(tmpdir(), 'forkcast-electron-'));
    try {
      await bundleElectron(outdir);
      expectListed(await readFile(path.join(outdir, NOTICES_FILE), 'utf8'), await expectedFor(dirs));
    } finally {
      await rm(outdir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses to ship a package without its licence text', () => {
    const pkg = { name: 'left-pad', version: '1.0.0', license: 'MIT', licenseText: null, noticeText: null };
    expect(() => renderNotices('a test', [pkg])).toThrow(/No licence text found for left-pad@1.0.0/);
  });
});
