// Where `npm run web` serves the journal. A browser keeps IndexedDB per origin
// (scheme, host and port), so this address is where browser-mode journals
// live: change it and every such journal looks empty. The port is Forkcast's
// own, not Vite's default preview port (4173) that other projects share.
export const WEB_HOST = '127.0.0.1';
export const WEB_PORT = 3675;
