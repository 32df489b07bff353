import type { VerbHandlers } from './registerVerbs';

/** What the app reports about itself; injected so tests need no Electron `app`. */
export interface AppFacts {
  version: string;
  platform: string;
}

/** App-level questions: which version and platform the renderer is running on. */
export function createAppHandlers(facts: AppFacts): VerbHandlers<'getAppInfo'> {
  return {
    getAppInfo: async () => ({ mode: 'electron', version: facts.version, platform: facts.platform }),
  };
}
