// Specific modules, not the shared/ barrel: the import worker uses decodeText, and must not carry zod.
import type { PickedFile } from '../../../shared/bridge';
import { LIMITS } from '../../../shared/limits';

/** Where a download goes is the browser's choice (or the user's, if it asks): only the file's name is known. */
export const downloadLocation = (name: string) => `your browser's downloads (${name})`;

/** Offers `data` as a download, the browser's stand-in for a save dialog. */
export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Lets the user pick files with the browser's file chooser. Resolves with an
 * empty list when they close it without choosing.
 */
export function pickFiles(options: { accept: string; multiple?: boolean; directory?: boolean }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = options.accept;
    input.multiple = options.multiple ?? false;
    if (options.directory) input.webkitdirectory = true;
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}

/** Reads a picked file as UTF-8 text, refusing what is larger than `maxBytes` or not text. */
export async function readTextFile(
  file: File,
  name = file.name,
  maxBytes: number = LIMITS.fileBytes,
): Promise<PickedFile | { name: string; reason: string }> {
  if (file.size > maxBytes) {
    return { name, reason: `is larger than ${maxBytes / 1024 / 1024} MB` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeText(name, bytes);
}

/** Decodes bytes as strict UTF-8; a NUL byte or invalid sequence means it is not a text file. */
export function decodeText(name: string, bytes: Uint8Array): PickedFile | { name: string; reason: string } {
  if (bytes.includes(0)) return { name, reason: 'is a binary file, not text' };
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { name, reason: 'is not UTF-8 text' };
  }
}
