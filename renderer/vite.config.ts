import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import license from 'rollup-plugin-license';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { NOTICES_FILE, renderNotices, type ShippedPackage } from '../scripts/thirdPartyNotices.mjs';
import { WEB_HOST, WEB_PORT } from '../scripts/webOrigin.mjs';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../shared/csp.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Puts the strict CSP into the built page. The dev server (`npm run dev`)
 * needs inline scripts for hot reload, so it gets none; every shipped or
 * previewed page has it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'forkcast-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Writes third-party-notices.txt beside the built page: the licence and
 * notice texts of every package the page and its worker bundle, found by
 * rollup-plugin-license in each build (the worker is a build of its own).
 */
function thirdPartyNotices(): { page: PluginOption[]; worker: () => PluginOption[] } {
  const shipped = new Map<string, ShippedPackage>();
  const collect = () =>
    license({
      thirdParty: {
        includePrivate: false,
        output: (dependencies) => {
          for (const { name, version, license: spdx, licenseText, noticeText } of dependencies) {
            if (name === null || version === null) continue;
            shipped.set(`${name}@${version}`, { name, version, license: spdx ?? '', licenseText, noticeText });
          }
        },
      },
    });
  const write: Plugin = {
    name: 'forkcast-third-party-notices',
    apply: 'build',
    // Runs after rollup-plugin-license's own generateBundle, which reports the page's packages.
    generateBundle() {
      const source = renderNotices('the Forkcast window (its page and worker)', [...shipped.values()]);
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source });
    },
  };
  return { page: [collect(), write], worker: () => [collect()] };
}

const notices = thirdPartyNotices();

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  // Relative asset URLs so the same build loads from app://forkcast/ and from localhost.
  base: './',
  plugins: [react(), contentSecurityPolicy(), ...notices.page],
  worker: { plugins: notices.worker },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // Inline assets would need data: script/style sources; keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      // shared/ is pure code (lint keeps DOM and Node out), so a module of it whose exports go unused
      // can go: otherwise importing the shared/ barrel would keep every module behind it, with yaml,
      // fflate and papaparse, in the page's first chunk.
      // yaml's modules only set up their own classes and functions when loaded (which the bundler cannot
      // tell apart from real side effects), so the page, which leaves all YAML to the import worker, ships none.
      treeshake: {
        moduleSideEffects: [
          { test: /\/shared\/.*\.ts$/, sideEffects: false },
          { test: /\/node_modules\/yaml\//, sideEffects: false },
        ],
      },
      // Modules reached through the barrel count as reached from the page, so without this group
      // yaml would share a startup chunk with the small shared/ modules Today uses.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'file-formats',
              test: /node_modules\/(yaml|fflate|papaparse)\/|shared\/importers\/|shared\/markdown\/(?!paths|manifest)/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  // `npm run web` (scripts/web.mjs): one fixed address, since the journal lives per origin, and
  // the desktop app's security headers, so browser mode gets the header-only CSP directives too.
  preview: { host: WEB_HOST, port: WEB_PORT, strictPort: true, headers: SECURITY_HEADERS },
});
