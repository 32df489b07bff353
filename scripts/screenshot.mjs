// Takes the README's screenshots from the real app: serves the built renderer,
// writes a realistic week through the UI in headless Chromium (a fresh,
// throwaway profile, so no one's journal is touched) and saves the Today and
// History views. Then it runs the end-to-end tests that take the other docs
// screenshots (Trends, the brief, Today at three widths) with
// FORKCAST_SCREENSHOTS=docs, so they write to docs/screenshots/ rather than
// test-results/. Run it with `npm run screenshot`, which builds first.
import { format, parseISO, subDays } from 'date-fns';
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, markWelcomeSeen, serveDirectory } from './headlessRenderer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'screenshots');

/** A week as a Tech Lead might log it, oldest first; `daysAgo: 0` is today and ends up on screen. */
const WEEK = [
  {
    daysAgo: 6,
    kind: 'Bad day',
    energy: 2,
    answers: ['Calibration ran long and I argued for ratings I did not fully believe in.'],
    activities: [['Performance and calibration', '-2']],
    notes: 'Three hours of calibration. Useful for the team, draining for me.',
    tags: ['calibration'],
  },
  {
    daysAgo: 5,
    kind: 'Good day',
    energy: 4,
    answers: ['Framed the search problem with product before anyone opened a ticket.'],
    activities: [['Framing a problem with product', '2']],
    notes: 'We dropped two features nobody needed once the problem was written down.',
    tags: ['discovery'],
  },
  {
    daysAgo: 3,
    kind: 'Mixed day',
    energy: 3,
    answers: ['Hiring debrief went well; the afternoon vanished into status meetings.'],
    activities: [['Hiring loop', '1']],
    notes: 'Good candidate for the platform team.',
    tags: ['hiring'],
  },
  {
    daysAgo: 1,
    kind: 'Bad day',
    energy: 2,
    answers: ['Billing outage; I ran the comms while others debugged.'],
    activities: [['Running incident comms', '-1']],
    notes: 'Nobody owned the rollback. Write the runbook this week.',
    tags: ['incident'],
  },
  {
    daysAgo: 0,
    kind: 'Good day',
    energy: 4,
    answers: [
      'The design review for the event pipeline: we cut a second queue before it was built.',
      'Sketching the data model with the two team leads, before any code existed.',
      'I joined while we were still shaping it, which is where I do my best work.',
    ],
    activities: [
      ['Design doc', '2'],
      ['Data-model design', '2'],
      ['1:1s', '1'],
    ],
    timing: 'Shaping the solution',
    notes: 'Energy came from the **shaping** work again. Third time this month.\n\nAsk Sam how the lead role felt.',
    tags: ['design-review', 'architecture'],
  },
];

/** Picks a choice by clicking its pill, as a user does. */
async function choose(page, name, scope = page) {
  await scope.getByRole('radio', { name, exact: true }).click();
}

/** How the Today heading writes a date in the screenshots' locale (shared/dateFormat.ts, weekdayDate). */
const HEADING_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const FEELS = { '-2': 'Drained', '-1': 'Tiring', 0: 'Neutral', 1: 'Good', 2: 'Energised' };

/** Rates an activity with one click on its feel, adding it through the search when the day does not offer it. */
async function rate(page, label, feel) {
  const row = page.getByRole('row', { name: label, exact: true });
  if ((await row.count()) === 0) {
    const search = page.getByRole('combobox', { name: /^Add an activity/ });
    await search.fill(label);
    await search.press('Enter');
  }
  await row.getByRole('button', { name: FEELS[feel], exact: true }).click();
}

/** Fills in the day on screen through its controls, then waits for the visible "Saved" state. */
async function writeDay(page, day) {
  await choose(page, day.kind);
  await choose(page, String(day.energy), page.getByRole('radiogroup', { name: /^Energy/ }));
  const prompts = page.getByRole('region', { name: 'Reflect' }).getByRole('textbox');
  for (const [i, answer] of day.answers.entries()) await prompts.nth(i).fill(answer);
  for (const [label, feel] of day.activities) await rate(page, label, feel);
  if (day.timing) await choose(page, day.timing);
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(day.notes);
  const tagInput = page.getByRole('textbox', { name: 'Add tag' });
  for (const tag of day.tags) {
    await tagInput.fill(tag);
    await tagInput.press('Enter');
  }
  await page
    .getByRole('status')
    .filter({ hasText: /^✓ Saved at/ })
    .waitFor();
}

const server = await serveDirectory(path.join(root, 'dist', 'renderer'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    locale: 'en-GB',
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(markWelcomeSeen);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));

  await page.goto(server.url);
  const picker = page.getByLabel('Go to date');
  // Today as the browser sees it: the date picker opens on it.
  const today = await picker.inputValue();
  for (const day of WEEK) {
    const date = subDays(parseISO(today), day.daysAgo);
    await picker.fill(format(date, 'yyyy-MM-dd'));
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: HEADING_DATE.format(date) })
      .waitFor();
    await writeDay(page, day);
  }
  if (pageErrors.length > 0) throw pageErrors[0];

  await mkdir(outDir, { recursive: true });
  // Back to the top of the day, in the window and in the scrolling main area.
  for (const scroller of [page.locator('html'), page.getByRole('main')]) {
    await scroller.evaluate((element) => element.scrollTo(0, 0));
  }
  const todayPng = path.join(outDir, 'today.png');
  await page.screenshot({ path: todayPng });
  console.log(`Saved ${path.relative(root, todayPng)}`);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'History' }).click();
  await page.getByRole('region', { name: 'Calendar' }).waitFor();
  await page.getByRole('list', { name: 'Entries, newest first' }).waitFor();
  const historyPng = path.join(outDir, 'history.png');
  await page.screenshot({ path: historyPng });
  console.log(`Saved ${path.relative(root, historyPng)}`);
} finally {
  await browser.close();
  await server.close();
}

// The Trends, brief and layout screenshots come from their end-to-end tests, which check what they show.
const E2E_SCREENSHOTS = ['tests/e2e/trends.e2e.ts', 'tests/e2e/layout.e2e.ts'];
const vitest = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--config',
    'tests/e2e/vitest.config.ts',
    ...E2E_SCREENSHOTS,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FORKCAST_SCREENSHOTS: 'docs' } },
);
if (vitest.status !== 0) {
  console.error('The end-to-end tests that take the Trends, brief and layout screenshots failed; see above.');
  process.exit(vitest.status ?? 1);
}
