import { build as esbuild } from 'esbuild';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild, type Plugin, type PluginOption, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../renderer/vite.config';
import { bundleElectron } from '../../scripts/electronBundles.mjs';
import { NOTICES_FILE, packageDirOf, renderNotices } from '../../scripts/thirdPartyNotices.mjs';
import { findUrls, isOwnUrl, REVIEWED_URLS, reviewedEntry } from '../helpers/urls';

/**
 * What the built bundles ship, built here as `npm run build:renderer` and
 * `npm run build:electron` build them (the page in memory, main and preload
 * into a folder of this test's own, so nothing races the packaging test over
 * dist/). The third-party packages are found independently of the build's own
 * notice tooling: from the bundler's record of what it put into each output.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
}
const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/**
 * A package folder as package-lock.json names it (node_modules/..., nested ones
 * included), also when node_modules is a link to somewhere else.
 */
const lockKey = (dir: string): string => {
  const normalised = dir.split(path.sep).join('/');
  return normalised.slice(normalised.indexOf('node_modules/'));
};

/** Package folders (as lockKey names them) behind the code a Rolldown build rendered into its chunks. */
function recordPackages(into: Set<string>): Plugin {
  return {
    name: 'test-record-packages',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries((output as Rolldown.OutputChunk).modules)) {
          const dir = module.renderedLength > 0 ? packageDirOf(id) : null;
          if (dir !== null) into.add(lockKey(dir));
        }
      }
    },
  };
}

/** For each chunk of the page's build, the modules it carries code of. */
function recordChunks(into: Map<string, string[]>): Plugin {
  return {
    name: 'test-record-chunks',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = Object.entries((output as Rolldown.OutputChunk).modules);
        into.set(
          output.fileName,
          modules.filter(([, module]) => module.renderedLength > 0).map(([id]) => id.split(path.sep).join('/')),
        );
      }
    },
  };
}

/** The page, its worker and the rest, built in memory, with the packages each build put in. */
async function buildRenderer() {
  const packages = new Set<string>();
  const chunks = new Map<string, string[]>();
  const workerPlugins = viteConfig.worker?.plugins as (() => PluginOption[]) | undefined;
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const result = await viteBuild({
    ...viteConfig,
    configFile: false,
    logLevel: 'silent',
    build: { ...viteConfig.build, write: false },
    plugins: [...(viteConfig.plugins ?? []), recordPackages(packages), recordChunks(chunks)],
    worker: { ...viteConfig.worker, plugins: () => [...(workerPlugins?.() ?? []), recordPackages(packages)] },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = new Map(
    outputs
      .flatMap(({ output }) => output)
      .map((file) => [file.fileName, file.type === 'chunk' ? file.code : String(file.source)] as const),
  );
  return { packages, chunks, files };
}

/** Main and preload bundled into `outdir`, with the packages esbuild put into them. */
async function buildElectron(outdir: string) {
  await bundleElectron(outdir);
  const packages = new Set<string>();
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
        if (dir !== null) packages.add(lockKey(dir));
      }
    }
  }
  const files = new Map<string, string>();
  for (const name of await readdir(outdir)) files.set(name, await readFile(path.join(outdir, name), 'utf8'));
  return { packages, files };
}

let electronDir = '';
let renderer: Awaited<ReturnType<typeof buildRenderer>>;
let electron: Awaited<ReturnType<typeof buildElectron>>;

beforeAll(async () => {
  electronDir = await mkdtemp(path.join(tmpdir(), 'forkcast-electron-'));
  [renderer, electron] = await Promise.all([buildRenderer(), buildElectron(electronDir)]);
}, 120_000);
afterAll(() => rm(electronDir, { recursive: true, force: true }));

/** For each package folder, what the notices must say about it. */
async function expectedFor(dirs: Iterable<string>) {
  return Promise.all(
    [...dirs].sort().map(async (dir) => {
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

async function expectListed(notices: string | undefined, dirs: Set<string>): Promise<void> {
  const expected = await expectedFor(dirs);
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
  const listed = [...(notices ?? '').matchAll(/^(\S+) (\S+) \(.*\)$/gm)].map((match) => `${match[1]}@${match[2]}`);
  expect(listed.sort()).toEqual(expected.map((pkg) => `${pkg.name}@${pkg.version}`).sort());
}

describe('third-party notices', () => {
  it('the renderer build lists every package its page and worker ship, with licence and notice texts', async () => {
    await expectListed(renderer.files.get(NOTICES_FILE), renderer.packages);
    // Apache-2.0's NOTICE travels too: dexie has one.
    expect(renderer.files.get(NOTICES_FILE)).toContain('--- NOTICE (dexie) ---');
  });

  it('the main-process build lists every package main and preload ship', async () => {
    await expectListed(electron.files.get(NOTICES_FILE), electron.packages);
  });

  it('refuses to ship a package without its licence text', () => {
    const pkg = { name: 'left-pad', version: '1.0.0', license: 'MIT', licenseText: null, noticeText: null };
    expect(() => renderNotices('a test', [pkg])).toThrow(/No licence text found for left-pad@1.0.0/);
  });
});

describe('URLs in what ships', () => {
  it('names no URL but the app’s own and reviewed ones in any built file: page, worker, styles, main, preload', () => {
    // Code and markup; the notices are licence texts, which name their authors' sites.
    const code = [...renderer.files, ...electron.files].filter(([file]) => file !== NOTICES_FILE);
    expect(code.map(([file]) => path.extname(file))).toEqual(expect.arrayContaining(['.js', '.css', '.html', '.cjs']));
    const found = code.flatMap(([file, text]) => findUrls(text).map((url) => ({ file, url })));
    // Not vacuous: the bundles do carry reviewed identifiers, such as the SVG namespace.
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(({ url }) => !isOwnUrl(url) && !reviewedEntry(url))).toEqual([]);
    // Every reviewed entry is still needed, so the list cannot quietly grow stale.
    for (const entry of REVIEWED_URLS) {
      expect(
        found.some(({ url }) => reviewedEntry(url, [entry])),
        entry.why,
      ).toBe(true);
    }
  });
});

describe('what the page loads at startup', () => {
  it('leaves the file formats (yaml, zip, CSV) and the import code to the views that use them', () => {
    const html = renderer.files.get('index.html') ?? '';
    const atStart = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
    expect(atStart.length).toBeGreaterThan(0);
    const loaded = atStart.flatMap((file) => renderer.chunks.get(file) ?? []);
    // Not vacuous: the startup files carry the app and its schemas.
    expect(loaded.some((id) => id.endsWith('/renderer/src/app/App.tsx'))).toBe(true);
    expect(loaded.some((id) => id.includes('/node_modules/zod/'))).toBe(true);
    const heavy =
      /\/node_modules\/(yaml|fflate|papaparse)\/|\/shared\/(importers\/|markdown\/(importPlan|reviewImport|decisionImport|frontMatterYaml))/;
    expect(loaded.filter((id) => heavy.test(id))).toEqual([]);
    // They are built, though, for the views that load them.
    expect([...renderer.chunks.values()].flat().filter((id) => heavy.test(id)).length).toBeGreaterThan(0);
  });

  it('ships no YAML parser or date-fns formatter on the page at all: the import worker reads every front matter', () => {
    const pageModules = [...renderer.chunks.values()].flat();
    // Not vacuous: the page's later chunks carry the day, review and decision file checks.
    expect(pageModules.some((id) => id.endsWith('/shared/markdown/reviewFile.ts'))).toBe(true);
    expect(pageModules.some((id) => id.endsWith('/shared/markdown/decisionFile.ts'))).toBe(true);
    expect(
      pageModules.filter((id) => /\/node_modules\/yaml\/|\/shared\/markdown\/frontMatterYaml\.ts$/.test(id)),
    ).toEqual([]);
    // format() brings a locale and every token's formatter; the page writes dates with lightFormat.
    expect(pageModules.filter((id) => /\/node_modules\/date-fns\/(format|locale\/)/.test(id))).toEqual([]);
  });
});
