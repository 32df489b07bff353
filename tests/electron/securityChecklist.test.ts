import { ESLint } from 'eslint';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../renderer/vite.config';
import unitConfig from '../../vitest.config';
import e2eConfig from '../e2e/vitest.config';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { createWindowOptions } from '../../electron/windowOptions';
import { codeOf, filesMatching, listSources, ROOT } from '../helpers/sourceFiles';
import { findUrls, isOwnUrl } from '../helpers/urls';
import checklist from './securityChecklist.json';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security),
 * item by item, against the real code. securityChecklist.json names, for each
 * item, the tests that prove it; the last step of `npm test`
 * (scripts/check-proofs.mjs) fails unless every one of them ran, passed and
 * asserted something in that run. Here each named test is only looked up in
 * its file, to fail fast on a typo. What no other test covered is asserted
 * below.
 */

const CHECKLIST = checklist as readonly { item: string; proofs: readonly { file: string; test: string }[] }[];

describe("Electron's security checklist", () => {
  it('walks all 20 items, each proved by at least one test', () => {
    expect(CHECKLIST.map(({ item }) => Number.parseInt(item, 10))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const { item, proofs } of CHECKLIST) expect(proofs.length, item).toBeGreaterThan(0);
  });

  it.each(CHECKLIST.flatMap(({ item, proofs }) => proofs.map(({ file, test }) => ({ item, file, test }))))(
    '$item: proved by $file › $test',
    async ({ file, test }) => {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      expect(text.includes(`'${test}'`), `${file} declares no test '${test}'`).toBe(true);
    },
  );
});

/** Every file that ships: main and preload, the shared code, the renderer. */
const shipped = async (): Promise<string[]> => [
  ...(await listSources('electron')),
  ...(await listSources('shared')),
  ...(await listSources('renderer/src')),
];

describe('2–10: the one window’s web preferences', () => {
  /** Each key reviewed against the checklist; a new preference must be reviewed and added here. */
  const REVIEWED = [
    'allowRunningInsecureContent',
    'contextIsolation',
    'devTools',
    'experimentalFeatures',
    'navigateOnDragDrop',
    'nodeIntegration',
    'nodeIntegrationInSubFrames',
    'nodeIntegrationInWorker',
    'preload',
    'safeDialogs',
    'sandbox',
    'spellcheck',
    'webSecurity',
    'webviewTag',
  ];

  it('sets only reviewed preferences, so enableBlinkFeatures, additionalArguments or allowpopups cannot creep in', () => {
    for (const isPackaged of [true, false]) {
      const preferences = createWindowOptions({ preloadPath: '/p.cjs', isPackaged, darkMode: false }).webPreferences;
      expect(Object.keys(preferences ?? {}).sort()).toEqual(REVIEWED);
      expect(preferences).toMatchObject({ navigateOnDragDrop: false, safeDialogs: true });
    }
  });

  it('builds every window from those options: no other BrowserWindow, BrowserView or WebContentsView', async () => {
    expect(await filesMatching(await listSources('electron'), /new BrowserWindow\(/)).toEqual([
      'electron/captureWindow.ts',
      'electron/mainWindow.ts',
    ]);
    expect(await codeOf('electron/mainWindow.ts')).toMatch(/new BrowserWindow\(\s*createWindowOptions\(/);
    // The quick-capture window takes the same options first and adds only its size and placement.
    expect(await codeOf('electron/captureWindow.ts')).toMatch(/new BrowserWindow\(\{\s*\.\.\.createWindowOptions\(/);
    expect(await codeOf('electron/captureWindow.ts')).not.toMatch(/webPreferences/);
    expect(await filesMatching(await shipped(), /\b(BrowserView|WebContentsView|webviewTag:\s*true)\b/)).toEqual([]);
  });
});

describe('1 and 7: no remote content, and the CSP on every page', () => {
  it('names no remote URL in any shipped code', async () => {
    // Whole text, comments and markup included: a URL is a URL whatever surrounds it. What the
    // bundlers add from third-party code is checked in tests/build/bundles.test.ts.
    const files = [...(await shipped()), ...(await listSources('renderer', /\.(html|css|svg)$/))];
    expect(files).toEqual(expect.arrayContaining(['renderer/index.html', 'renderer/public/icon.svg']));
    const urls: string[] = [];
    for (const file of files) {
      for (const url of findUrls(await readFile(path.join(ROOT, file), 'utf8'))) urls.push(`${file}: ${url}`);
    }
    // Not vacuous: the scan sees the app's own origin where the code names it.
    expect(urls.some((found) => found.startsWith('electron/appOrigin.ts: app://forkcast'))).toBe(true);
    // The icon's SVG namespace is a name, not an address.
    expect(urls.filter((found) => !isOwnUrl(found.split(': ')[1] ?? ''))).toEqual([
      'renderer/public/icon.svg: http://www.w3.org/2000/svg',
    ]);
  });

  it('has one page, and the build puts the shared CSP into every page it emits', async () => {
    expect(await listSources('renderer', /\.html?$/)).toEqual(['renderer/index.html']);
    const plugins = ([viteConfig.plugins ?? []] as PluginOption[]).flat(Infinity as 1) as Plugin[];
    const csp = plugins.find((plugin) => plugin?.name === 'forkcast-csp');
    expect(csp?.apply).toBe('build');
    const transform = csp?.transformIndexHtml;
    const handler = typeof transform === 'function' ? transform : transform?.handler;
    // The plugin ignores its arguments; Vite's hook context is irrelevant here.
    const tags = await (handler as () => unknown)();
    expect(tags).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ]);
  });
});

describe('15: the shell is never used', () => {
  it('no shipped code imports shell or opens URLs, paths or folders with it', async () => {
    expect(
      await filesMatching(
        await shipped(),
        /\bshell\b[\s\S]*from 'electron'|\b(openExternal|openPath|showItemInFolder)\b/,
      ),
    ).toEqual([]);
  });
});

describe('16: a current Electron', () => {
  it('develops, tests and packages against Electron 45 or later', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const installed = JSON.parse(await readFile(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    };
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(pkg.devDependencies.electron).toMatch(/^\^4[5-9]\.|^\^[5-9]\d\./);
  });
});

describe('17: every IPC channel is validated', () => {
  it('registers handlers only through registerVerbs, which checks sender and payload', async () => {
    const electronFiles = await listSources('electron');
    expect(await filesMatching(electronFiles, /\bipcMain\.(on|once|handle|handleOnce)\(|\.handle\(channel/)).toEqual([
      'electron/ipc/registerVerbs.ts',
    ]);
    const main = await codeOf('electron/main.ts');
    // The main window may send every verb; the quick-capture window only the few it needs.
    expect(main).toMatch(
      /registerVerbs\(\s*ipcMain,\s*handlers,\s*\(event, verb\) =>\s*isTrustedSender\(event, mainWindow\?\.webContents\) \|\|\s*\(CAPTURE_VERBS\.has\(verb\) && isTrustedSender\(event, captureWindow\?\.webContents\)\),?\s*\)/,
    );
  });
});

describe('static checks stay wired into npm test', () => {
  it('lints main and preload with the SDL Electron and Node rules, and the renderer with its DOM and React rules', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const severity = async (file: string, rule: string): Promise<unknown> => {
      const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, unknown[] | undefined> };
      return config.rules[rule]?.[0];
    };
    for (const rule of ['@microsoft/sdl/no-electron-node-integration', '@microsoft/sdl/no-unsafe-alloc', 'no-eval']) {
      expect(await severity('electron/main.ts', rule), rule).toBe(2);
    }
    for (const rule of [
      '@microsoft/sdl/no-inner-html',
      '@microsoft/sdl/no-document-write',
      '@microsoft/sdl/no-insecure-url',
      '@microsoft/sdl/no-postmessage-star-origin',
      'react/no-danger',
      'react/iframe-missing-sandbox',
      'no-implied-eval',
    ]) {
      expect(await severity('renderer/src/app/App.tsx', rule), rule).toBe(2);
    }
  });

  it('ends by checking that every security claim rests on tests that ran, passed and asserted something', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.test).toContain(
      'npm run test:unit -- --reporter=default --reporter=json --outputFile.json=test-results/unit.json',
    );
    expect(pkg.scripts.test).toContain(
      'npm run test:e2e -- --reporter=default --reporter=json --outputFile.json=test-results/e2e.json',
    );
    expect(pkg.scripts.test?.endsWith(' && npm run test:proofs')).toBe(true);
    expect(pkg.scripts['test:proofs']).toBe('node scripts/check-proofs.mjs');
    // Both runs record each test's assertion count in the reports.
    for (const config of [unitConfig, e2eConfig])
      expect(config.test?.setupFiles).toContain('tests/recordAssertions.ts');
  });

  it('runs Electronegativity offline with every finding allow-listed and justified', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.test).toContain('npm run build:electron && npm run security:electronegativity');
    expect(pkg.scripts['security:electronegativity']).toBe('node scripts/electronegativity.mjs');
    const script = await readFile(path.join(ROOT, 'scripts/electronegativity.mjs'), 'utf8');
    expect(script).toContain("excludeFromScan: ['AvailableSecurityFixesGlobalCheck']");
    const { allowed } = JSON.parse(await readFile(path.join(ROOT, 'build/electronegativity.json'), 'utf8')) as {
      allowed: { check: string; why: string }[];
    };
    for (const entry of allowed) expect(entry.why.length, entry.check).toBeGreaterThan(40);
  });
});
