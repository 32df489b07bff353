import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { readYamlSubsetIn } from './yamlSubset';

/**
 * Reads front matter text into plain values, before any field is checked
 * (frontMatter.ts checks them). Free of zod, so the import worker can run it.
 */

export type FrontMatterYaml =
  | {
      ok: true;
      raw: Record<string, unknown>;
      /** True when the fast reader took it: the text is in the form Forkcast writes. */
      canonical: boolean;
    }
  | { ok: false; reason: string };

/** Where a YAML error is, counted in lines of the whole file (the opening `---` is line 1). */
function describeYamlError(error: { message: string; linePos?: [{ line: number }, ...unknown[]] }): string {
  const what = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const line = error.linePos?.[0].line;
  return line === undefined ? what : `${what} (line ${line + 1})`;
}

/**
 * The first key repeated within a map, as a YAML error would word it. The
 * parser's own check compares every pair of keys, which froze the import
 * for half a minute on a front matter of 64,000 keys; a set per map is linear.
 */
function repeatedKey(doc: Document, lineCounter: LineCounter): string | null {
  let found: string | null = null;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const value = isScalar(key) ? key.value : key;
        if (seen.has(value)) {
          const offset = isScalar(key) ? key.range?.[0] : undefined;
          // Lines count from the opening `---`, as in describeYamlError.
          const where = offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line + 1})`;
          found = `Map keys must be unique${where}`;
          return visit.BREAK;
        }
        seen.add(value);
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Parses front matter, given as text or as its lines: the fast subset reader
 * for files as Forkcast writes them, the full parser otherwise.
 */
export function readFrontMatterYaml(front: string | readonly string[]): FrontMatterYaml {
  if (typeof front === 'string') {
    return readFrontMatterYamlIn(front, 0, front.endsWith('\n') ? front.length - 1 : front.length, front);
  }
  const text = front.join('\n');
  return readFrontMatterYamlIn(text, 0, front.length === 0 ? -1 : text.length);
}

/**
 * readFrontMatterYaml for the lines of `text` from `from` to `end` (see
 * readYamlSubsetIn): a day file's front matter read where it is in the file.
 * `whole` is those lines as one text, when the caller has it.
 */
export function readFrontMatterYamlIn(text: string, from: number, end: number, whole?: string): FrontMatterYaml {
  let raw: unknown = readYamlSubsetIn(text, from, end);
  const canonical = raw !== undefined;
  if (raw === undefined) {
    try {
      // The core schema keeps dates and yes/no as text; aliases are capped against "billion laughs".
      const lineCounter = new LineCounter();
      const yamlText = whole ?? (from > end ? '' : text.slice(from, end));
      const doc = parseDocument(yamlText, { schema: 'core', prettyErrors: true, uniqueKeys: false, lineCounter });
      const [error] = doc.errors;
      if (error) return { ok: false, reason: `its front matter is not valid YAML: ${describeYamlError(error)}` };
      const repeated = repeatedKey(doc, lineCounter);
      if (repeated) return { ok: false, reason: `its front matter is not valid YAML: ${repeated}` };
      raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    } catch (error) {
      const why = error instanceof Error ? error.message : 'unknown problem';
      return { ok: false, reason: `its front matter could not be read (${why})` };
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'its front matter should be lines of `name: value`, but is not' };
  }
  return { ok: true, raw: raw as Record<string, unknown>, canonical };
}
