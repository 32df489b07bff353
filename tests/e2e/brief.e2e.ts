import type { Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { briefPdfOptions } from '../../electron/ipc/briefPdf';
import type { Entry, Paper } from '../../shared';
import { pictureLines } from '../../shared/brief';
import { buildTrends, resolveRange } from '../../shared/trends';
import { generateJournal } from '../fixtures/journal';
import { expect, test, type App } from './fixtures';
import { appToday } from './journal';
import { seedEntries } from './seed';
import { exactly, openView } from './views';

/**
 * The brief on paper: it must come out as exactly one A4 or Letter page when
 * its content fits (it used to print as two, the first half blank). Printed
 * by Chromium itself, and the pages counted by reading the PDF back.
 */

const pagesIn = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();

/** A 120-day journal with highlights, a clear lean, drivers and worst-hour answers: a full brief. */
async function openFullBrief(app: App): Promise<{ entries: Entry[]; today: string }> {
  const { page } = app;
  const today = await appToday(page);
  const entries = generateJournal({ seed: 11, days: 120, persona: 'architect', endDate: today });
  await seedEntries(page, entries);
  await app.reload();
  const data = buildTrends(entries, [], resolveRange({ kind: 'last', days: 365 }, today));
  await openView(page, 'Brief');
  await page.getByRole('button', { name: 'Last 365 days' }).click();
  const brief = page.getByRole('article', { name: 'Decision brief: management or architecture' });
  await brief
    .locator('.brief-sentence')
    .filter({ hasText: exactly(data.headline.sentence) })
    .waitFor();
  await brief.locator('.lean-chart .lean-dot').first().waitFor();
  // The new section says what the shared text says for these entries.
  const picture = brief.getByRole('region', { name: 'What would change this picture' });
  expect(await picture.getByRole('listitem').allTextContents()).toEqual(pictureLines(data));
  expect(await brief.locator('blockquote').count()).toBe(data.highlights.length);
  return { entries, today };
}

/** Paper sizes as Electron's printToPDF takes them (inches), and its default margin of 1 cm. */
const ELECTRON_PAPER: Record<Paper, { width: number; height: number }> = {
  A4: { width: 8.27, height: 11.7 },
  Letter: { width: 8.5, height: 11 },
};
const ELECTRON_MARGIN_INCHES = 0.39;

/** What webContents.printToPDF does with the main process's options: Chromium's own printToPDF. */
async function printLikeElectron(page: Page, paper: Paper): Promise<Uint8Array> {
  const options = briefPdfOptions(paper);
  const size = ELECTRON_PAPER[options.pageSize];
  const cdp = await page.context().newCDPSession(page);
  const { data } = (await cdp.send('Page.printToPDF', {
    paperWidth: size.width,
    paperHeight: size.height,
    marginTop: ELECTRON_MARGIN_INCHES,
    marginBottom: ELECTRON_MARGIN_INCHES,
    marginLeft: ELECTRON_MARGIN_INCHES,
    marginRight: ELECTRON_MARGIN_INCHES,
    printBackground: options.printBackground,
  })) as { data: string };
  await cdp.detach();
  return Buffer.from(data, 'base64');
}

test('browser build: the full brief prints on exactly one A4 page and one Letter page', async ({ openApp }) => {
  const app = await openApp({
    // Headless Chromium has no print dialog; record the call instead, as a real dialog would open.
    initScripts: [
      () => {
        const calls: string[] = [];
        Object.defineProperty(window, 'e2ePrintCalls', { value: calls });
        window.print = () => void calls.push(document.title);
      },
    ],
  });
  const { page } = app;
  const { today } = await openFullBrief(app);

  // The browser's own "Save as PDF" is printing: page.pdf prints the page as the print dialog would.
  await page.emulateMedia({ media: 'print' });
  expect(await pagesIn(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
  expect(await pagesIn(await page.pdf({ format: 'Letter', printBackground: true }))).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // The button opens the print dialog and says how to save from it; it never claims a file was saved.
  await page.getByText(/^In a browser, Save as PDF opens the print dialog: choose “Save as PDF”/).waitFor();
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await page.waitForFunction(() => (Reflect.get(window, 'e2ePrintCalls') as string[]).length === 1);
  // The markdown is a download, named, with no folder the app cannot know.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as markdown' }).click();
  const name = (await download).suggestedFilename();
  expect(name).toBe(`forkcast-brief-${resolveRange({ kind: 'last', days: 365 }, today).from}-to-${today}.md`);
  await page
    .getByRole('status')
    .filter({ hasText: exactly(`The brief saved to your browser's downloads (${name}).`) })
    .waitFor();
  expect(await page.getByText(/saved to the print dialog|Downloads\//).count()).toBe(0);
});

test('desktop build: the brief saved as PDF through the bridge is one page on A4 and on Letter', async ({
  openApp,
}) => {
  const app = await openApp({ electronBridge: true });
  const { page } = app;
  await openFullBrief(app);
  // The click reaches the main process's verb (stood in here: its save dialog is closed)...
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await page.waitForFunction(() => (Reflect.get(window, 'e2eDialogsClosed') as string[]).includes('printBriefToPdf'));
  expect(await page.getByText(/^In a browser/).count()).toBe(0);
  // ...which prints with these options: one page on either paper.
  expect(await pagesIn(await printLikeElectron(page, 'A4'))).toBe(1);
  expect(await pagesIn(await printLikeElectron(page, 'Letter'))).toBe(1);
});
