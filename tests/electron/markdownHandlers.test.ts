import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ExportMarkdownRequest } from '../../shared/bridge';
import { createAppHandlers } from '../../electron/ipc/appHandlers';
import type { FileDialogs } from '../../electron/ipc/fileDialogs';
import { createMarkdownHandlers, type MarkdownFolderIo } from '../../electron/ipc/markdownHandlers';

// The handlers pass the sender to the dialogs only; its shape is irrelevant here.
const context = { sender: {} as WebContents };
const request: ExportMarkdownRequest = { entries: [], customActivities: [], range: null };

function setUp(folder: string | null) {
  const dialogs: FileDialogs = {
    chooseSaveFile: vi.fn(),
    chooseOpenFile: vi.fn(),
    chooseFolder: vi.fn(async () => folder),
  };
  const io = {
    writeMarkdownExport: vi.fn<MarkdownFolderIo['writeMarkdownExport']>(async () => ({ written: 3, unchanged: 2 })),
    readMarkdownFolder: vi.fn<MarkdownFolderIo['readMarkdownFolder']>(async () => ({
      files: [{ name: '2024/2024-05-01.md', text: '---\ndate: 2024-05-01\n---\n' }],
      refused: [{ name: 'photo.jpg', reason: 'not text' }],
    })),
  };
  return { dialogs, io, handlers: createMarkdownHandlers(dialogs, io) };
}

describe('exportMarkdown', () => {
  it('writes into the folder picked in the dialog and reports counts', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({
      status: 'saved',
      location: '/home/me/Journal',
      written: 3,
      unchanged: 2,
    });
    expect(io.writeMarkdownExport).toHaveBeenCalledWith('/home/me/Journal', request);
  });

  it('does nothing when the dialog is closed', async () => {
    const { io, handlers } = setUp(null);
    await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({ status: 'cancelled' });
    expect(io.writeMarkdownExport).not.toHaveBeenCalled();
  });

  it('explains a disk error', async () => {
    const { io, handlers } = setUp('/full');
    io.writeMarkdownExport.mockRejectedValueOnce(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({
      status: 'failed',
      message: expect.stringContaining('disk is full'),
    });
  });
});

describe('importMarkdown', () => {
  it('returns the files and refusals read from the picked folder', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    await expect(handlers.importMarkdown(undefined, context)).resolves.toMatchObject({
      status: 'loaded',
      source: '/home/me/Journal',
      files: [{ name: '2024/2024-05-01.md' }],
      refused: [{ name: 'photo.jpg', reason: 'not text' }],
    });
    expect(io.readMarkdownFolder).toHaveBeenCalledWith('/home/me/Journal');
  });

  it('answers cancelled or a readable failure', async () => {
    await expect(setUp(null).handlers.importMarkdown(undefined, context)).resolves.toEqual({ status: 'cancelled' });
    const { io, handlers } = setUp('/gone');
    io.readMarkdownFolder.mockRejectedValueOnce(Object.assign(new Error('gone'), { code: 'ENOENT' }));
    await expect(handlers.importMarkdown(undefined, context)).resolves.toEqual({
      status: 'failed',
      message: expect.stringContaining('no longer exists'),
    });
  });
});

describe('getAppInfo', () => {
  it('reports the Electron mode, version and platform', async () => {
    const { getAppInfo } = createAppHandlers({ version: '1.2.3', platform: 'darwin' });
    await expect(getAppInfo(undefined, context)).resolves.toEqual({
      mode: 'electron',
      version: '1.2.3',
      platform: 'darwin',
    });
  });
});
