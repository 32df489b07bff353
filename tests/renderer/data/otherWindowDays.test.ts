import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { saveEntry } from '../../../renderer/src/data/entriesRepository';
import { onJournalChange, type JournalChange } from '../../../renderer/src/data/journalChanges';
import { followOtherWindows } from '../../../renderer/src/data/otherWindowDays';
import { captureDay } from '../../../renderer/src/habits/quickCapture';
import { goodDay } from '../../fixtures/entries';

/**
 * The quick-capture window saves into the same database as the main window,
 * and tells it which days through a BroadcastChannel; the main window reads
 * them and tells its live folder mirror. Node's BroadcastChannel delivers
 * between channels of one process as Chromium's does between windows, so a
 * channel opened here stands for the other window.
 */
const CHANNEL = 'forkcast-journal-days';
let stops: (() => void)[] = [];

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

/** The changes this window's listeners hear, and a way to wait for the next one. */
function listen() {
  const heard: JournalChange[] = [];
  let wake: (() => void) | null = null;
  stops.push(
    onJournalChange((change) => {
      heard.push(change);
      wake?.();
    }),
  );
  const next = () => new Promise<void>((resolve) => (wake = resolve));
  return { heard, next };
}

describe('days saved in another window of the app', () => {
  it('reach this window’s listeners as read from the database, once followed', async () => {
    const { heard, next } = listen();
    stops.push(followOtherWindows());
    // The capture window's save, told through the channel as its own repositories would tell it.
    const captured = await captureDay('2026-11-20', { dayKind: 'good', line: 'A line from quick capture.' });
    // This window's own save is heard once, as it happened, and not read again when its message comes round.
    expect(heard).toHaveLength(1);
    heard.length = 0;
    const other = new BroadcastChannel(CHANNEL);
    const arrived = next();
    other.postMessage({ from: 'the capture window', dates: ['2026-11-20', '2026-11-21'] });
    other.close();
    await arrived;
    expect(heard).toHaveLength(1);
    const change = heard[0];
    if (change === 'all' || change === undefined) throw new Error('expected some days');
    expect(change.days).toEqual(
      new Map([
        ['2026-11-20', captured],
        ['2026-11-21', null],
      ]),
    );
  });

  it('are told to the other windows by every save, with the dates only', async () => {
    const other = new BroadcastChannel(CHANNEL);
    const told = new Promise<unknown>((resolve) => (other.onmessage = (event) => resolve(event.data)));
    await saveEntry(goodDay('2026-11-19', { notes: 'Private words.' }), null);
    expect(await told).toEqual({ from: expect.any(String), dates: ['2026-11-19'] });
    other.close();
  });

  it('ignore a malformed message, and are not followed once stopped', async () => {
    const { heard, next } = listen();
    const stop = followOtherWindows();
    const other = new BroadcastChannel(CHANNEL);
    const arrived = next();
    // In order on one channel: once the good message is heard, the two before it were handled.
    other.postMessage({ from: 'the capture window', dates: ['not a date'] });
    other.postMessage('nonsense');
    other.postMessage({ from: 'the capture window', dates: ['2026-11-21'] });
    await arrived;
    stop();
    other.postMessage({ from: 'the capture window', dates: ['2026-11-20'] });
    other.close();
    const own = next();
    await saveEntry(goodDay('2026-11-22'), null);
    await own;
    const dates = heard.map((change) => (change === 'all' ? 'all' : [...change.days.keys()]));
    expect(dates).toEqual([['2026-11-21'], ['2026-11-22']]);
  });
});
