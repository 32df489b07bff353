import { app, BrowserWindow, dialog, type OpenDialogOptions, type WebContents } from 'electron';
import path from 'node:path';
import type { FileDialogs } from './ipc/fileDialogs';
import type { AskToCloseUnsaved } from './closeHandshake';

/** Shows an open dialog attached (sheet/modal) to the sender's window when there is one. */
function showOpen(owner: WebContents, options: OpenDialogOptions): Promise<string | null> {
  const window = BrowserWindow.fromWebContents(owner);
  const shown = window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  return shown.then((result) => (result.canceled ? null : (result.filePaths[0] ?? null)));
}

/** Electron's native dialogs, starting in the user's Documents folder. */
export const electronDialogs: FileDialogs = {
  async chooseSaveFile(owner, { title, defaultName, filters }) {
    const options = { title, defaultPath: path.join(app.getPath('documents'), defaultName), filters };
    const window = BrowserWindow.fromWebContents(owner);
    const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  chooseOpenFile(owner, { title, filters }) {
    return showOpen(owner, { title, filters, properties: ['openFile'] });
  },
  chooseFolder(owner, { title, buttonLabel }) {
    return showOpen(owner, { title, buttonLabel, properties: ['openDirectory', 'createDirectory'] });
  },
};

/** Asks whether to close although the page could not confirm that everything typed is saved. */
export const askToCloseUnsaved: AskToCloseUnsaved = async (window, detail) => {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    message: 'Your latest changes may not be saved',
    detail,
    buttons: ['Keep Forkcast open', 'Close anyway'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1 ? 'close' : 'stay';
};
