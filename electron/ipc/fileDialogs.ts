import type { FileFilter, WebContents } from 'electron';

/**
 * The native dialogs handlers use, behind an interface so handlers are tested
 * without Electron. Each returns the path the user chose, or null when they
 * closed the dialog. These are the only source of paths main ever writes to.
 */
export interface FileDialogs {
  chooseSaveFile(
    owner: WebContents,
    options: { title: string; defaultName: string; filters: FileFilter[] },
  ): Promise<string | null>;
  chooseOpenFile(owner: WebContents, options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(owner: WebContents, options: { title: string; buttonLabel: string }): Promise<string | null>;
}

/** A filter for the suggested name's extension, plus "All files" so the user is never stuck. */
export function filtersFor(label: string, fileName: string): FileFilter[] {
  const extension = /\.([\w]+)$/.exec(fileName)?.[1];
  const all = { name: 'All files', extensions: ['*'] };
  return extension ? [{ name: label, extensions: [extension] }, all] : [all];
}
