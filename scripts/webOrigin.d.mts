// Types for webOrigin.mjs, so its TypeScript callers (the Vite config, the tests) are checked.

/** The host `npm run web` serves the journal on. */
export const WEB_HOST: string;
/** The port `npm run web` serves the journal on; browser-mode journals live at this origin. */
export const WEB_PORT: number;
