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

const PLAIN = /^[A-Za-z][A-Za-z0-9_./()-]*( [A-Za-z0-9_./()-]+)*$/;
/** Words some YAML readers take as null, booleans or (a YAML 1.1 quirk: "e4") numbers. */
const SPECIAL_WORD = /^(y|n|yes|no|on|off|true|false|null|e-?[0-9]+)$/i;
/** Characters YAML does not allow raw, or reads as line breaks, inside quotes. */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
/** Half of a surrogate pair without its other half: UTF-8 cannot hold it, and YAML readers refuse its escape. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function scalar(value: SubsetScalar): string {
  if (typeof value === 'number') return String(value);
  if (PLAIN.test(value) && !SPECIAL_WORD.test(value)) return value;
  // A lone surrogate becomes U+FFFD, as it would anywhere else in a UTF-8 file.
  return JSON.stringify(value.replace(LONE_SURROGATE, '\ufffd')).replace(
    YAML_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** YAML text for flat fields. */
export function writeYamlSubset(fields: Record<string, SubsetValue>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (!Array.isArray(value)) {
      lines.push(`${scalar(key)}: ${scalar(value)}`);
      continue;
    }
    lines.push(`${scalar(key)}:`);
    for (const item of value) {
      if (typeof item !== 'object') {
        lines.push(`  - ${scalar(item)}`);
        continue;
      }
      Object.entries(item).forEach(([name, inner], index) => {
        lines.push(`${index === 0 ? '  - ' : '    '}${scalar(name)}: ${scalar(inner)}`);
      });
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** One scalar as written above, or undefined when it is not in that form. */
function readScalar(text: string): SubsetScalar | undefined {
  if (/^-?(0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
  if (PLAIN.test(text)) return /^(null|true|false)$/i.test(text) ? undefined : text;
  if (
    text.length < 2 ||
    !text.startsWith('"') ||
    !text.endsWith('"') ||
    /[\u007f-\u009f\u2028\u2029\ufeff]/.test(text)
  ) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const TOP = /^([A-Za-z][A-Za-z0-9_]*):(?: (.+))?$/;
const ITEM = /^ {2}- (.+)$/;
const ITEM_FIELD = /^(?: {2}- | {4})([A-Za-z][A-Za-z0-9_]*): (.+)$/;

/** The fields of text in the subset, or undefined when the text is anything else. */
export function readYamlSubset(text: string): Record<string, SubsetValue> | undefined {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const fields: Record<string, SubsetValue> = {};
  for (let i = 0; i < lines.length;) {
    const top = TOP.exec(lines[i] ?? '');
    if (!top?.[1] || Object.hasOwn(fields, top[1])) return undefined;
    const key = top[1];
    i += 1;
    if (top[2] !== undefined) {
      const value = readScalar(top[2]);
      if (value === undefined) return undefined;
      fields[key] = value;
      continue;
    }
    const scalars: SubsetScalar[] = [];
    const maps: Record<string, SubsetScalar>[] = [];
    for (; i < lines.length && /^ {2}/.test(lines[i] ?? ''); i += 1) {
      const line = lines[i] ?? '';
      const field = ITEM_FIELD.exec(line);
      if (field?.[1] && field[2] !== undefined && scalars.length === 0) {
        const value = readScalar(field[2]);
        const current = line.startsWith('  - ') ? {} : maps[maps.length - 1];
        if (value === undefined || !current || Object.hasOwn(current, field[1])) return undefined;
        if (line.startsWith('  - ')) maps.push(current);
        current[field[1]] = value;
        continue;
      }
      const item = ITEM.exec(line);
      const value = item?.[1] === undefined || maps.length > 0 ? undefined : readScalar(item[1]);
      if (value === undefined) return undefined;
      scalars.push(value);
    }
    // `key:` with nothing below is null in YAML; leave that to the full parser.
    if (scalars.length === 0 && maps.length === 0) return undefined;
    fields[key] = maps.length > 0 ? maps : scalars;
  }
  return fields;
}
