import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveApp } from './appServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built renderer, e.g. http://127.0.0.1:41234/ */
    appUrl: string;
  }
}

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/**
 * Serves the built renderer once for the whole run, through the desktop app's
 * own protocol handler (see appServer.ts). It tests what `npm run
 * build:renderer` produced (CSP meta tag, relative asset URLs), not the dev
 * server, because that is what ships.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${RENDERER_DIR}index.html`)) {
    throw new Error(`${RENDERER_DIR}index.html is missing: run \`npm run build:renderer\` first.`);
  }
  const server = await serveApp(RENDERER_DIR);
  project.provide('appUrl', server.url);
  return server.close;
}
