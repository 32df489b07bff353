// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BriefView } from '../../../renderer/src/brief/BriefView';
import { db } from '../../../renderer/src/data/database';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { setRangeChoice } from '../../../renderer/src/trends/useRangeChoice';
import { DEFAULT_RANGE } from '../../../shared/trends';
import { entryFixture } from '../../fixtures/entries';
import { generateJournal } from '../../fixtures/journal';
import { bridge as fake } from '../portability/fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('../portability/fakeBridge'));

const TODAY = '2026-11-20';
const HOSTILE = '<b>Bold</b> move: we *stopped* the second queue.';

afterEach(cleanup);
beforeEach(async () => {
  await db.open();
  await db.entries.clear();
  setRangeChoice(DEFAULT_RANGE);
  const journal = generateJournal({ seed: 2, days: 100, persona: 'architect', endDate: '2026-11-19' });
  await putEntries([
    ...journal,
    entryFixture(TODAY, { dayKind: 'good', highlight: { kind: 'bad-idea-stopped', text: HOSTILE } }),
  ]);
});

async function renderBrief() {
  const user = userEvent.setup();
  render(<BriefView today={TODAY} />);
  const brief = await screen.findByRole('article', { name: 'Decision brief: management or architecture' });
  return { user, brief };
}

describe('the decision brief', () => {
  it('states the lean with its confidence, the drivers, the worst-hour test, timing and highlights', async () => {
    const { brief } = await renderBrief();
    expect(within(brief).getByText(/^Leaning architecture · confident/)).toBeInTheDocument();
    expect(
      within(brief).getByText(/^Leaning toward architecture: system-shaping work has felt better/),
    ).toBeInTheDocument();
    for (const name of [
      'The lean',
      'What goes with good days',
      'What goes with bad days',
      'The worst-hour test',
      'When you join the conversation',
      'In your own words',
      'How to read these numbers',
    ]) {
      expect(within(brief).getByRole('heading', { name })).toBeInTheDocument();
    }
    // Every answer per role, the no as well as the yes.
    expect(
      within(brief).getByText(/^Engineering manager, \d+ answers: yes \d+ .* · not sure \d+ .* · no \d+/),
    ).toBeInTheDocument();
    expect(within(brief).getByText(/^Architect, \d+ answers: yes/)).toBeInTheDocument();
    expect(within(brief).getByRole('link', { name: 'What the plausible range and “confident” mean' })).toHaveAttribute(
      'href',
      '#/method/range',
    );
    expect(
      within(brief).getByText(/^(Days went best when you joined at|Good on \d+% of \d+ days at)/),
    ).toBeInTheDocument();
  });

  it('quotes highlights as plain text with their dates', async () => {
    const { brief } = await renderBrief();
    const quote = within(brief).getByText(HOSTILE);
    expect(quote.tagName).toBe('P');
    expect(brief.querySelector('blockquote b')).toBeNull();
    expect(quote.closest('blockquote')).toHaveTextContent('— Fri, 20 Nov 2026 · A review stopped a bad idea early');
  });

  it('saves the brief as markdown and as a PDF through the bridge', async () => {
    fake.saveBrief.mockResolvedValueOnce({ status: 'saved', location: '/home/me/brief.md' });
    const { user } = await renderBrief();
    await user.click(screen.getByRole('button', { name: 'Save as markdown' }));
    expect(await screen.findByText('The brief saved to /home/me/brief.md.')).toBeInTheDocument();
    const request = fake.saveBrief.mock.lastCall?.[0];
    if (!request) throw new Error('Nothing was saved.');
    expect(request.suggestedName).toBe('forkcast-brief-2025-11-21-to-2026-11-20.md');
    expect(request.text).toMatch(/^# Decision brief: management or architecture\n/);
    expect(request.text).toContain('> \\<b\\>Bold\\</b\\> move: we \\*stopped\\* the second queue.');

    fake.printBriefToPdf.mockResolvedValueOnce({ status: 'failed', message: 'The disk is full.' });
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByText('The disk is full.')).toBeInTheDocument();
    // The paper follows the user's locale: jsdom's is en-US, so Letter.
    expect(navigator.language).toBe('en-US');
    expect(fake.printBriefToPdf).toHaveBeenCalledWith({
      suggestedName: 'forkcast-brief-2025-11-21-to-2026-11-20.pdf',
      paper: 'Letter',
    });
  });

  it('in a browser, says to choose Save as PDF in the print dialog and claims nothing was saved', async () => {
    fake.getAppInfo.mockResolvedValueOnce({ mode: 'browser', version: '0.0.0', platform: 'web' });
    fake.printBriefToPdf.mockResolvedValueOnce({ status: 'print-dialog' });
    const { user } = await renderBrief();
    expect(
      await screen.findByText(
        /^In a browser, Save as PDF opens the print dialog: choose “Save as PDF” as its destination/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    await screen.findByRole('button', { name: 'Save as PDF' }, { timeout: 2000 });
    expect(fake.printBriefToPdf).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Save as PDF' })).toBeEnabled();
    expect(screen.queryByText(/saved to/)).toBeNull();
  });

  it('says what would change the picture', async () => {
    const { brief } = await renderBrief();
    const section = within(brief).getByRole('region', { name: 'What would change this picture' });
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(/^The lean is clear\./);
  });
});
