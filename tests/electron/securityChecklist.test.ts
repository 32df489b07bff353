import { ESLint } from 'eslint';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../renderer/vite.config';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { createWindowOptions } from '../../electron/windowOptions';
import { codeOf, filesMatching, listSources, ROOT } from '../helpers/sourceFiles';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security),
 * item by item, against the real code. Where another test already proves an
 * item, the item names that test and this file only checks that the test
 * still exists under that name, so deleting or renaming it fails here too.
 * What no other test covered is asserted below.
 */

/** A test elsewhere that proves an item: its file and the exact title it is declared with. */
type Proof = readonly [file: string, title: string];

const CHECKLIST: readonly { item: string; proofs: readonly Proof[] }[] = [
  {
    item: '1. Only load secure content',
    proofs: [
      ['tests/electron/sessionPolicy.test.ts', 'cancels every request that is not the app itself or local data'],
      ['tests/electron/main.test.ts', 'opens one secure window and focuses it when a second instance starts'],
    ],
  },
  {
    item: '2. No Node.js integration for remote content',
    proofs: [['tests/electron/window.test.ts', 'states every security preference explicitly']],
  },
  {
    item: '3. Context isolation',
    proofs: [['tests/electron/window.test.ts', 'opens one secure window on the app origin, shown once ready']],
  },
  {
    item: '4. Process sandboxing',
    proofs: [
      [
        'tests/electron/main.test.ts',
        'registers the app scheme as privileged and sandboxes every renderer before ready',
      ],
    ],
  },
  {
    item: '5. Session permission requests',
    proofs: [
      ['tests/electron/sessionPolicy.test.ts', 'grants persistent storage to the app page only'],
      ['tests/electron/sessionPolicy.test.ts', 'denies every device'],
    ],
  },
  {
    item: '6. webSecurity on',
    proofs: [['tests/electron/window.test.ts', 'states every security preference explicitly']],
  },
  {
    item: '7. Content-Security-Policy',
    proofs: [
      ['tests/electron/appProtocol.test.ts', 'uses a CSP with no remote origin, no eval and no inline script'],
      ['tests/electron/ipcFuzz.test.ts', 'answers every request, served or refused, with the CSP and nosniff'],
      ['tests/build/packaging.test.ts', 'ships a renderer page with the strict CSP that loads only packed files'],
    ],
  },
  {
    item: '8. No allowRunningInsecureContent',
    proofs: [['tests/electron/window.test.ts', 'states every security preference explicitly']],
  },
  {
    item: '9. No experimental features',
    proofs: [['tests/electron/window.test.ts', 'states every security preference explicitly']],
  },
  { item: '10. No enableBlinkFeatures', proofs: [] },
  {
    item: '11. <webview> allowpopups',
    proofs: [['tests/electron/navigationGuards.test.ts', 'never attaches a webview']],
  },
  { item: '12. <webview> options', proofs: [['tests/electron/navigationGuards.test.ts', 'never attaches a webview']] },
  {
    item: '13. Limit navigation',
    proofs: [
      ['tests/electron/navigationGuards.test.ts', '%s blocks every foreign URL'],
      ['tests/electron/main.test.ts', 'hardens the session, sets the menu and guards every web contents'],
    ],
  },
  {
    item: '14. Limit new windows',
    proofs: [['tests/electron/navigationGuards.test.ts', 'denies every new window, https and app links included']],
  },
  {
    item: '15. No shell.openExternal with untrusted content',
    proofs: [['tests/electron/boundary.test.ts', 'never reaches into the renderer or opens URLs with the shell']],
  },
  {
    item: '16. A current Electron',
    proofs: [
      ['tests/build/electronBuilderConfig.test.ts', 'pins the installed Electron and never names a stand-in for it'],
    ],
  },
  {
    item: '17. Validate every IPC sender',
    proofs: [
      ['tests/electron/ipc.test.ts', 'trusts only the main frame of our window on the app origin'],
      ['tests/electron/main.test.ts', 'handles every bridge verb, trusting only its own window'],
      ['tests/electron/ipcFuzz.test.ts', 'refuses every untrusted sender on every verb, whatever it sends'],
    ],
  },
  {
    item: '18. No file://, a custom protocol instead',
    proofs: [
      ['tests/electron/appProtocol.test.ts', 'is standard and secure, with fetch, and bypasses nothing'],
      ['tests/electron/boundary.test.ts', 'never reaches into the renderer or opens URLs with the shell'],
    ],
  },
  {
    item: '19. Fuses',
    proofs: [
      ['tests/build/electronBuilderConfig.test.ts', 'sets every production fuse'],
      ['tests/build/packaging.test.ts', 'flips the production fuses in the packaged executable'],
    ],
  },
  {
    item: '20. No Electron APIs exposed to web content',
    proofs: [['tests/electron/preload.test.ts', 'hands the page only the answer, never the IPC event']],
  },
];

describe("Electron's security checklist", () => {
  it.each(CHECKLIST.flatMap(({ item, proofs }) => proofs.map(([file, title]) => ({ item, file, title }))))(
    '$item: proved by $file › $title',
    async ({ file, title }) => {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      expect(text.includes(`'${title}'`), `${file} no longer declares this test`).toBe(true);
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
      'electron/mainWindow.ts',
    ]);
    expect(await codeOf('electron/mainWindow.ts')).toMatch(/new BrowserWindow\(\s*createWindowOptions\(/);
    expect(await filesMatching(await shipped(), /\b(BrowserView|WebContentsView|webviewTag:\s*true)\b/)).toEqual([]);
  });
});

describe('1 and 7: no remote content, and the CSP on every page', () => {
  it('names no remote URL in any shipped code', async () => {
    const urls: string[] = [];
    for (const file of [...(await shipped()), 'renderer/index.html']) {
      for (const match of (await codeOf(file)).matchAll(/['"`](?:https?|wss?|ftp):\/\/[^'"`]*/g)) {
        urls.push(`${file}: ${match[0].slice(1)}`);
      }
    }
    expect(urls).toEqual([]);
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
    expect(main).toMatch(
      /registerVerbs\(ipcMain, handlers, \(event\) => isTrustedSender\(event, mainWindow\?\.webContents\)\)/,
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
