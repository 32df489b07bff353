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
export function readSubsetScalar(text: string): SubsetScalar | undefined {
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

/** A key's characters, as in /^[A-Za-z][A-Za-z0-9_]*$/: a letter first, then letters, digits and '_'. */
const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isKeyChar = (code: number) => isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;

/**
 * Where the plain name starting at `at` ends at a colon before `lineEnd`, or
 * -1 when the line does not start with one there: the key of `key: value`.
 * Character checks, not a pattern: this runs for every line of every file of
 * an import, and makes no string.
 */
function keyColon(text: string, at: number, lineEnd: number): number {
  if (at >= lineEnd || !isLetter(text.charCodeAt(at))) return -1;
  let colon = at + 1;
  while (colon < lineEnd && isKeyChar(text.charCodeAt(colon))) colon += 1;
  return colon < lineEnd && text.charCodeAt(colon) === 0x3a ? colon : -1;
}

/** After a key's colon: `key:` alone, or `key: value` (where the value starts), or neither. */
const NO_VALUE = -2;
const NOT_A_FIELD = -1;
function valueStart(text: string, colon: number, lineEnd: number): number {
  if (colon === lineEnd - 1) return NO_VALUE;
  return text.charCodeAt(colon + 1) !== 0x20 || colon + 2 === lineEnd ? NOT_A_FIELD : colon + 2;
}

/** The fields of text in the subset, or undefined when the text is anything else. */
export function readYamlSubset(text: string): Record<string, SubsetValue> | undefined {
  return readYamlSubsetIn(text, 0, text.endsWith('\n') ? text.length - 1 : text.length);
}

/**
 * readYamlSubset for the lines of `text` from `from` to `end`, where `end` is
 * where the last line ends (its line break, or the end of the text); there
 * are no lines when `end` is before `from`. Read by offset, so a day file's
 * front matter is read in place and no line becomes a string of its own.
 */
export function readYamlSubsetIn(text: string, from: number, end: number): Record<string, SubsetValue> | undefined {
  const fields: Record<string, SubsetValue> = {};
  // The current line is text[start, stop); there is none once start is past `end`.
  let start = from;
  let stop = 0;
  const nextLine = (at: number) => {
    start = at;
    if (at > end) return;
    const lineBreak = text.indexOf('\n', at);
    stop = lineBreak < 0 || lineBreak > end ? end : lineBreak;
  };
  nextLine(from);
  while (start <= end) {
    const colon = keyColon(text, start, stop);
    const valueAt = colon < 0 ? NOT_A_FIELD : valueStart(text, colon, stop);
    if (valueAt === NOT_A_FIELD) return undefined;
    const key = text.slice(start, colon);
    if (Object.hasOwn(fields, key)) return undefined;
    if (valueAt !== NO_VALUE) {
      const value = readSubsetScalar(text.slice(valueAt, stop));
      if (value === undefined) return undefined;
      fields[key] = value;
      nextLine(stop + 1);
      continue;
    }
    nextLine(stop + 1);
    const scalars: SubsetScalar[] = [];
    const maps: Record<string, SubsetScalar>[] = [];
    for (; start <= end && text.startsWith('  ', start); nextLine(stop + 1)) {
      const startsItem = text.startsWith('  - ', start);
      // A map's first field follows '  - ', the others line up under it.
      const fieldColon = startsItem || text.startsWith('    ', start) ? keyColon(text, start + 4, stop) : -1;
      const fieldValueAt = fieldColon < 0 ? NOT_A_FIELD : valueStart(text, fieldColon, stop);
      if (fieldValueAt >= 0 && scalars.length === 0) {
        const value = readSubsetScalar(text.slice(fieldValueAt, stop));
        const name = text.slice(start + 4, fieldColon);
        const current = startsItem ? {} : maps[maps.length - 1];
        if (value === undefined || !current || Object.hasOwn(current, name)) return undefined;
        if (startsItem) maps.push(current);
        current[name] = value;
        continue;
      }
      const value =
        !startsItem || stop - start === 4 || maps.length > 0
          ? undefined
          : readSubsetScalar(text.slice(start + 4, stop));
      if (value === undefined) return undefined;
      scalars.push(value);
    }
    // `key:` with nothing below is null in YAML; leave that to the full parser.
    if (scalars.length === 0 && maps.length === 0) return undefined;
    fields[key] = maps.length > 0 ? maps : scalars;
  }
  return fields;
}
