import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { SECURITY_HEADERS } from '../../shared/csp';
import { expect, test, type App } from './fixtures';

/**
 * The desktop app's protocol handler meeting Chromium's own URL handling:
 * the suite is served through it (appServer.ts), so these checks see what
 * the handler answers once Chromium has parsed, normalised and sent a URL.
 */

/** The handler's security headers, named as fetch reports them. */
const EXPECTED_HEADERS = Object.fromEntries(
  Object.entries(SECURITY_HEADERS).map(([name, value]) => [name.toLowerCase(), value]),
);

/** Takes the problems the test provoked, failing on any other kind. */
function takeExpectedProblems(app: App, expected: RegExp): string[] {
  const problems = app.takeProblems();
  expect(problems.filter((problem) => !expected.test(problem))).toEqual([]);
  return problems;
}

/** Fetches each path from inside the page, as the app's own code would, and reports what came back. */
async function fetchAll(page: Page, paths: readonly string[]) {
  return page.evaluate(async (urls) => {
    const answers = [];
    for (const url of urls) {
      const response = await fetch(url);
      const headers = Object.fromEntries(
        ['content-security-policy', 'x-content-type-options', 'referrer-policy'].map((name) => [
          name,
          response.headers.get(name),
        ]),
      );
      answers.push({ url, sent: response.url, status: response.status, headers, body: await response.text() });
    }
    return answers;
  }, paths);
}

test('every answer carries the CSP, nosniff and no-referrer headers: the page, its assets and a 404', async ({
  openApp,
}) => {
  const app = await openApp();
  const script = await app.page.locator('script[src]').first().getAttribute('src');
  expect(script).toMatch(/^\.\/assets\/.+\.js$/);

  const answers = await fetchAll(app.page, ['./', script ?? '', './icon.svg', './assets/missing.js']);
  expect(answers.map(({ status }) => status)).toEqual([200, 200, 200, 404]);
  for (const { url, headers } of answers) expect(headers, url).toEqual(EXPECTED_HEADERS);
  takeExpectedProblems(app, /status of 404 \(Not Found\) \(.*\/assets\/missing\.js/);
});

test('the header CSP alone, without the meta tag, runs the app and refuses inline script, string eval, foreign connections and framing', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  // The same page with its CSP meta tag cut out; the headers are left as the handler sent them.
  await page.route(new URL('/', app.origin).href, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    await route.fulfill({ response, body });
  });
  await app.reload();
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
  await page.getByRole('navigation', { name: 'Views' }).waitFor();

  // Each probe ends either by running or by a policy violation, so this waits for events, never a timer.
  const outcome = await page.evaluate(async () => {
    const result: Record<string, string> = { inline: 'pending', stringTimer: 'pending', fetch: 'pending' };
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const record = (probe: string, how: string) => {
      result[probe] = how;
      if (!Object.values(result).includes('pending')) settle();
    };
    Reflect.set(window, 'e2eRan', (probe: string) => record(probe, 'ran'));
    document.addEventListener('securitypolicyviolation', (event) => {
      const probe = { 'script-src-elem': 'inline', 'script-src': 'stringTimer' }[event.effectiveDirective];
      if (probe) record(probe, `refused by ${event.effectiveDirective}`);
    });
    const inline = document.createElement('script');
    inline.textContent = 'window.e2eRan("inline")';
    document.head.append(inline);
    // A string handler is eval in disguise; DevTools' own evaluation would be exempt, a timer is not.
    setTimeout('window.e2eRan("stringTimer")', 0);
    await fetch('http://127.0.0.2:9/probe').then(
      () => record('fetch', 'ran'),
      () => record('fetch', 'refused'),
    );
    await settled;
    return result;
  });
  expect(outcome).toEqual({
    inline: 'refused by script-src-elem',
    stringTimer: 'refused by script-src',
    fetch: 'refused',
  });
  // Refused by the policy before it left the page: the network never saw it.
  expect(app.requests.filter((url) => url.includes('127.0.0.2'))).toEqual([]);

  // frame-ancestors works only as a header: another page cannot frame the journal.
  const framer = await page.context().newPage();
  await framer.setContent(`<iframe src="${app.origin}/"></iframe>`);
  expect(framer.frames().map((frame) => frame.url())).toEqual(['about:blank', 'chrome-error://chromewebdata/']);

  const refusals = takeExpectedProblems(app, /Content Security Policy/);
  for (const directive of ['script-src', 'connect-src', "frame-ancestors 'none'"]) {
    expect(
      refusals.some((problem) => problem.includes(directive)),
      directive,
    ).toBe(true);
  }
});

/** Files just outside the served folder (dist/renderer): the repository's own. */
const OUTSIDE = fileURLToPath(new URL('../../package.json', import.meta.url));

/** Path tricks, fetched by the page. */
const TRICKS = [
  // Chromium folds these dot segments itself; what reaches the handler is /package.json.
  './%2e%2e/%2e%2e/package.json',
  './.%2e/.%2e/package.json',
  './assets/../../../package.json',
  // These stay encoded through Chromium; the handler decodes and refuses them.
  './..%2f..%2fpackage.json',
  './%2e%2e%2f%2e%2e%2fpackage.json',
  './assets/..%2f..%2f..%2fpackage.json',
  './..%5c..%5cpackage.json',
  './assets/%2e%2e%5c%2e%2e%5c%2e%2e%5cpackage.json',
  './..%252f..%252fpackage.json',
  './index.html%00.json',
];

test('path tricks get a plain 404 with the security headers, never a file outside the app', async ({ openApp }) => {
  const app = await openApp();
  const outside = await readFile(OUTSIDE, 'utf8');
  const [control, ...answers] = await fetchAll(app.page, ['./index.html', ...TRICKS]);
  // The control proves the fetches reach the handler and a served file would be seen.
  expect(control?.status).toBe(200);
  for (const answer of answers) {
    expect(answer, answer.url).toMatchObject({ status: 404, body: 'Not found', headers: EXPECTED_HEADERS });
    expect(answer.body).not.toBe(outside);
  }
  expect(takeExpectedProblems(app, /status of 404 \(Not Found\)/)).toHaveLength(TRICKS.length);
});

test('a navigation to a path trick is a 404 page under the same headers', async ({ openApp }) => {
  const app = await openApp();
  const page = await app.page.context().newPage();
  const response = await page.goto(new URL('/..%2f..%2fpackage.json', app.origin).href);
  expect(response?.status()).toBe(404);
  expect(await response?.text()).toBe('Not found');
  expect(await response?.allHeaders()).toMatchObject(EXPECTED_HEADERS);
  takeExpectedProblems(app, /status of 404 \(Not Found\)/);
});
