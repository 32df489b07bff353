import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The repository root, so tests read the real sources whatever the working directory. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every file under `dir` (relative to the root) whose name matches, as root-relative paths with '/'. */
export async function listSources(dir: string, pattern = /\.(ts|tsx)$/): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * A source file without its comments, so a grep finds code and not the
 * sentence explaining why the code avoids something. Rough but safe for our
 * style: `//` only starts a comment at a line start or after whitespace, so
 * the `//` of a URL inside a string stays.
 */
export async function codeOf(file: string): Promise<string> {
  const text = await readFile(path.join(ROOT, file), 'utf8');
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Files, among `files`, whose code matches `pattern`. */
export async function filesMatching(files: readonly string[], pattern: RegExp): Promise<string[]> {
  const hits: string[] = [];
  for (const file of files) if (pattern.test(await codeOf(file))) hits.push(file);
  return hits;
}
