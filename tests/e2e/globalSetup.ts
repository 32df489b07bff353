import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../../scripts/headlessRenderer.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built renderer, e.g. http://127.0.0.1:41234/ */
    appUrl: string;
  }
}

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/**
 * Serves the built renderer once for the whole run. It tests what `npm run
 * build:renderer` produced (CSP meta tag, relative asset URLs), not the dev
 * server, because that is what ships.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveDirectory(RENDERER_DIR);
  project.provide('appUrl', server.url);
  return server.close;
}
