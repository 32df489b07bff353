// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LIMITS,
  unpackZip,
  type CancelExportResponse,
  type ExportMarkdownRequest,
  type ExportProgress,
} from '../../../shared';
import { browserBridge } from '../../../renderer/src/bridge/browserBridge';
import type * as BrowserFiles from '../../../renderer/src/bridge/browserFiles';
import { goodDay } from '../../fixtures/entries';

/** What the page downloaded, and what the file chooser will hand over next. */
const io = vi.hoisted(() => ({ downloads: [] as { name: string; data: BlobPart }[], picked: [] as File[] }));
vi.mock('../../../renderer/src/bridge/browserFiles', async (importOriginal) => ({
  ...(await importOriginal<typeof BrowserFiles>()),
  downloadFile: (name: string, data: BlobPart) => io.downloads.push({ name, data }),
  pickFiles: async () => io.picked.splice(0),
}));

const request: ExportMarkdownRequest = {
  entries: [goodDay('2026-11-18'), goodDay('2026-11-19'), goodDay('2026-11-20')],
  customActivities: [],
  range: null,
};

beforeEach(() => {
  io.downloads.length = 0;
  // Every file takes "60 ms", so the zip pauses, reports and checks for Cancel before each.
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 60));
});

describe('the browser markdown export', () => {
  it('reports progress while it builds the zip, then downloads it whole', async () => {
    const progress: ExportProgress[] = [];
    const unsubscribe = browserBridge.onExportProgress((step) => progress.push(step));
    await expect(browserBridge.exportMarkdown(request)).resolves.toMatchObject({ status: 'saved', written: 4 });
    unsubscribe();
    expect(progress).toEqual([0, 1, 2, 3, 4].map((done) => ({ done, total: 4 })));
    const { files } = unpackZip(io.downloads[0]?.data as Uint8Array);
    expect(files.map((file) => file.name.split('/').slice(1).join('/'))).toEqual([
      '2026/2026-11-18.md',
      '2026/2026-11-19.md',
      '2026/2026-11-20.md',
      'index.md',
    ]);

    await browserBridge.exportMarkdown(request);
    expect(progress).toHaveLength(5);
  });

  it('stops between files on Cancel, and downloads nothing', async () => {
    const answers: Promise<CancelExportResponse>[] = [];
    const unsubscribe = browserBridge.onExportProgress(({ done }) => {
      if (done === 2) answers.push(browserBridge.cancelExport());
    });
    await expect(browserBridge.exportMarkdown(request)).resolves.toEqual({ status: 'cancelled' });
    unsubscribe();
    await expect(Promise.all(answers)).resolves.toEqual([{ cancelled: true }]);
    expect(io.downloads).toEqual([]);
    await expect(browserBridge.cancelExport()).resolves.toEqual({ cancelled: false });
  });
});

describe('the browser backup picker', () => {
  it('reads a backup larger than the markdown file limit: 12 MB, about 10,000 days', async () => {
    const text = `{"journal":"${'a'.repeat(12 * 1024 * 1024)}"}`;
    io.picked.push(new File([text], 'backup.json'));
    const response = await browserBridge.openBackup();
    expect(response.status === 'loaded' && response.file.text === text).toBe(true);
  });

  it('refuses a file over the backup limit before reading it', async () => {
    const huge = new File([], 'huge.json');
    Object.defineProperty(huge, 'size', { value: LIMITS.backupBytes + 1 });
    io.picked.push(huge);
    await expect(browserBridge.openBackup()).resolves.toEqual({
      status: 'failed',
      message: 'huge.json is larger than 256 MB.',
    });
  });
});
