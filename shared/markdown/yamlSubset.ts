/**
 * The small YAML subset day files are written in: `key: scalar` lines, and
 * block lists of scalars or of flat maps. Writing it by hand is ten times
 * faster than the general library, which matters at 10,000 days.
 *
 * Strings are plain only when every YAML reader (1.1 or 1.2) reads them as
 * the same string; otherwise they are double-quoted with JSON escapes (valid
 * YAML) plus escapes for the characters YAML treats specially.
 *
 * readYamlSubset parses exactly what writeYamlSubset writes and returns
 * undefined for anything else, so hand-edited files go to the full parser.
 */

export type SubsetScalar = string | number;
export type SubsetValue = SubsetScalar | SubsetScalar[] | Record<string, SubsetScalar>[];

const PLAIN = /^[A-Za-z][A-Za-z0-9_./()-]*(?: [A-Za-z0-9_./()-]+)*$/;
/** Words some YAML readers take as null, booleans or (a YAML 1.1 quirk: "e4") numbers. */
const SPECIAL_WORD = /^(y|n|yes|no|on|off|true|false|null|e-?[0-9]+)$/i;
/** Characters YAML does not allow raw, or reads as line breaks, inside quotes. */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
/** Half of a surrogate pair without its other half: UTF-8 cannot hold it, and YAML readers refuse its escape. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Printable ASCII but for the quote and the backslash: in quotes as it is, JSON would escape nothing. */
const QUOTABLE_AS_IS = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function scalar(value: SubsetScalar): string {
  if (typeof value === 'number') return String(value);
  if (PLAIN.test(value) && !SPECIAL_WORD.test(value)) return value;
  // Dates and timestamps: quoted, nothing to escape.
  if (QUOTABLE_AS_IS.test(value)) return `"${value}"`;
  // A lone surrogate becomes U+FFFD, as it would anywhere else in a UTF-8 file.
  return JSON.stringify(value.replace(LONE_SURROGATE, '\ufffd')).replace(
    YAML_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Keys as written, remembered: they are the same few names on every day of
 * an export. Only keys, which are Forkcast's own field names, so nothing the
 * user wrote is kept once an export is done (a locked journal forgets it all).
 */
const keysWritten = new Map<string, string>();
const KEYS_KEPT = 1_024;

function key(name: string): string {
  let text = keysWritten.get(name);
  if (text === undefined) {
    text = scalar(name);
    if (keysWritten.size >= KEYS_KEPT) keysWritten.clear();
    keysWritten.set(name, text);
  }
  return text;
}

/** YAML text for flat fields. */
export function writeYamlSubset(fields: Record<string, SubsetValue>): string {
  let text = '';
  for (const name in fields) {
    const value = fields[name] as SubsetValue;
    if (!Array.isArray(value)) {
      text += `${key(name)}: ${scalar(value)}\n`;
      continue;
    }
    text += `${key(name)}:\n`;
    for (const item of value) {
      if (typeof item !== 'object') {
        text += `  - ${scalar(item)}\n`;
        continue;
      }
      let lead = '  - ';
      for (const inner in item) {
        text += `${lead}${key(inner)}: ${scalar(item[inner] as SubsetScalar)}\n`;
        lead = '    ';
      }
    }
  }
  return text;
}

/** Whole numbers, and the one-decimal numbers of flat properties (flatProperties.ts). */
const NUMBER = /^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,6})?$/;
const NULL_OR_BOOLEAN = /^(null|true|false)$/i;
const QUOTE_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/;
/** What makes a quoted string need JSON's reading: an escape, an inner quote, or a character JSON refuses raw. */
// eslint-disable-next-line no-control-regex -- control characters are what JSON refuses raw
const NEEDS_JSON = /["\\\u0000-\u001f]/;

/** One scalar as written above, or undefined when it is not in that form. */
function readScalar(text: string): SubsetScalar | undefined {
  const first = text.charCodeAt(0);
  // By the first character: a quote, a digit or minus (a number), or a letter (plain text).
  if (first !== 0x22) {
    if (first === 0x2d || (first >= 0x30 && first <= 0x39)) return NUMBER.test(text) ? Number(text) : undefined;
    // Only words of four or five letters can be null, true or false.
    return PLAIN.test(text) && !((text.length === 4 || text.length === 5) && NULL_OR_BOOLEAN.test(text))
      ? text
      : undefined;
  }
  if (text.length < 2 || !text.endsWith('"') || QUOTE_UNSAFE.test(text)) return undefined;
  // Most quoted values (dates, timestamps) hold nothing to unescape; JSON.parse would give the same text.
  const inner = text.slice(1, -1);
  if (!NEEDS_JSON.test(inner)) return inner;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Splits `key: value`, or `key:` with nothing after it, starting at `from`:
 * the key when it is a plain name, and the value (null for none), or null
 * when the line is not in that form. Plain string work, not a capturing
 * pattern: this runs for every line of every file of an import.
 */
function splitField(line: string, from: number): { key: string; value: string | null } | null {
  const colon = line.indexOf(':', from);
  if (colon < 0) return null;
  const key = line.slice(from, colon);
  if (!KEY.test(key)) return null;
  if (colon === line.length - 1) return { key, value: null };
  if (line.charCodeAt(colon + 1) !== 0x20 || colon + 2 === line.length) return null;
  return { key, value: line.slice(colon + 2) };
}

/** The fields of text in the subset, or undefined when the text is anything else. */
export function readYamlSubset(text: string): Record<string, SubsetValue> | undefined {
  return readYamlSubsetLines(text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n'));
}

/** readYamlSubset for text already split into lines (no line breaks in them). */
export function readYamlSubsetLines(lines: readonly string[]): Record<string, SubsetValue> | undefined {
  const fields: Record<string, SubsetValue> = {};
  for (let i = 0; i < lines.length;) {
    const top = splitField(lines[i] ?? '', 0);
    if (!top || Object.hasOwn(fields, top.key)) return undefined;
    i += 1;
    if (top.value !== null) {
      const value = readScalar(top.value);
      if (value === undefined) return undefined;
      fields[top.key] = value;
      continue;
    }
    const scalars: SubsetScalar[] = [];
    const maps: Record<string, SubsetScalar>[] = [];
    for (; i < lines.length && (lines[i] ?? '').startsWith('  '); i += 1) {
      const line = lines[i] ?? '';
      const startsItem = line.startsWith('  - ');
      // A map's first field follows '  - ', the others line up under it.
      const field = startsItem || line.startsWith('    ') ? splitField(line, 4) : null;
      if (field && field.value !== null && scalars.length === 0) {
        const value = readScalar(field.value);
        const current = startsItem ? {} : maps[maps.length - 1];
        if (value === undefined || !current || Object.hasOwn(current, field.key)) return undefined;
        if (startsItem) maps.push(current);
        current[field.key] = value;
        continue;
      }
      const value = !startsItem || line.length === 4 || maps.length > 0 ? undefined : readScalar(line.slice(4));
      if (value === undefined) return undefined;
      scalars.push(value);
    }
    // `key:` with nothing below is null in YAML; leave that to the full parser.
    if (scalars.length === 0 && maps.length === 0) return undefined;
    fields[top.key] = maps.length > 0 ? maps : scalars;
  }
  return fields;
}
