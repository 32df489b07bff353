import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isMarkdownName, LIMITS, type PickedFile } from '../../shared';
import { readTextWithin, type TextFileProblem } from '../textFile';
import { eachLimited } from './parallel';

/**
 * Markdown import from a folder the user picked: every markdown file under
 * it, named relative to it with '/'. Links are refused rather than followed,
 * so nothing outside the folder is read, and what is read is capped in count
 * and in bytes before it is read, so a wrong pick (a home folder, a disk)
 * gets a clear answer instead of filling the memory.
 */

/** A file refused before parsing, and why, in words that finish "<name> …". */
export type Refusal = { name: string; reason: string };

/** Thrown when the folder holds more than one import may read; nothing is imported. */
export class ImportTooLargeError extends Error {
  override name = 'ImportTooLargeError';
}

/** Names listed while walking, markdown or not: past this the folder is surely not one journal. */
const MAX_LISTED = 1_000_000;

const LINK = 'is a link, and links are not followed';

/** How the import preview words each reason a file is refused (after its name). */
const REFUSED: Readonly<Record<TextFileProblem['problem'], string>> = {
  'too-large': `is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`,
  binary: 'is a binary file, not text',
  'not-utf8': 'is not UTF-8 text',
  'not-a-file': 'is not a plain file',
  link: LINK,
};

const pickAnother = 'Pick the folder of one journal.';
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/** Lists the markdown files under `root`, skipping hidden names; stops as soon as there are too many. */
async function walk(
  root: string,
  maxFiles: number,
): Promise<{ found: { path: string; name: string }[]; links: Refusal[] }> {
  const found: { path: string; name: string }[] = [];
  const links: Refusal[] = [];
  let listed = 0;
  const visit = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    listed += entries.length;
    if (listed > MAX_LISTED) {
      throw new ImportTooLargeError(
        `That folder holds more than ${MAX_LISTED.toLocaleString('en')} files. ${pickAnother}`,
      );
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const name = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (isMarkdownName(entry.name) || target?.isDirectory()) links.push({ name, reason: LINK });
      } else if (entry.isDirectory()) {
        await visit(path, name);
      } else if (entry.isFile() && isMarkdownName(entry.name)) {
        found.push({ path, name });
        if (found.length > maxFiles) {
          throw new ImportTooLargeError(
            `That folder holds more than ${maxFiles.toLocaleString('en')} markdown files. ${pickAnother}`,
          );
        }
      }
    }
  };
  await visit(root, '');
  return { found, links };
}

/**
 * Every markdown file under `folder`. Hidden files and folders (.obsidian,
 * .trash, .forkcast, temp files) are skipped. More than `limits.files`
 * markdown files stop the import before any is read; each file's size is
 * checked against what is left of `limits.bytes` before its bytes are read,
 * and past it the import stops. Both throw ImportTooLargeError.
 */
export async function readMarkdownFolder(
  folder: string,
  limits: { files: number; bytes: number } = { files: LIMITS.importFiles, bytes: LIMITS.importBytes },
): Promise<{ files: PickedFile[]; refused: Refusal[] }> {
  const root = await realpath(folder);
  const { found, links } = await walk(root, limits.files);
  let budget = limits.bytes;
  const reserve = (size: number) => {
    budget -= size;
    if (budget < 0) {
      throw new ImportTooLargeError(
        `The markdown in that folder comes to more than ${megabytes(limits.bytes)}, more than Forkcast imports at once. ${pickAnother}`,
      );
    }
  };
  const results = new Array<PickedFile | Refusal>(found.length);
  await eachLimited(found, async ({ path, name }, index) => {
    const read = await readTextWithin(path, LIMITS.fileBytes, { followLinks: false, reserve });
    results[index] = 'text' in read ? { name, text: read.text } : { name, reason: REFUSED[read.problem] };
  });
  const files: PickedFile[] = [];
  const refused = [...links];
  for (const result of results) {
    if ('text' in result) files.push(result);
    else refused.push(result);
  }
  return { files, refused };
}
