// Global shortcuts in Electron's accelerator syntax ('CommandOrControl+Alt+J'):
// checked before main registers one, built from a key press in Settings, and
// written for people ('Ctrl+Alt+J', '⌘⌥J').

/** Modifiers by every name Electron accepts, mapped to the one Forkcast writes. */
const MODIFIERS: Readonly<Record<string, string>> = {
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'PrintScreen',
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
  'num0',
  'num1',
  'num2',
  'num3',
  'num4',
  'num5',
  'num6',
  'num7',
  'num8',
  'num9',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const KEYS = new Map<string, string>([
  ...NAMED_KEYS.map((key): [string, string] => [key.toLowerCase(), key]),
  ['enter', 'Return'],
  ['esc', 'Escape'],
]);
const PUNCTUATION = new Set([...')!@#$%^&*(:;=<,_->.?/~`{][|\\}"\'']);

function keyName(raw: string): string | null {
  if (/^[a-z0-9]$/i.test(raw)) return raw.toUpperCase();
  if (/^f([1-9]|1\d|2[0-4])$/i.test(raw)) return raw.toUpperCase();
  if (PUNCTUATION.has(raw)) return raw;
  return KEYS.get(raw.toLowerCase()) ?? null;
}

/** Modifiers that make a key combination safe to take system-wide (Shift alone is ordinary typing). */
const HOLDING = new Set(['Command', 'Control', 'CommandOrControl', 'Alt', 'AltGr', 'Super']);

/** Longest accelerator accepted: every modifier once and a long key name. */
export const ACCELERATOR_MAX_CHARS = 80;

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; problem: string };

/**
 * Checks a shortcut and writes it the one way Forkcast stores it. A global
 * shortcut works in every app, so it needs Ctrl, ⌘, Alt or Super besides the
 * key: a plain letter, or Shift and a letter, would be taken from all typing.
 */
export function checkAccelerator(text: string): AcceleratorCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'The shortcut is empty.' };
  if (trimmed.length > ACCELERATOR_MAX_CHARS) return { ok: false, problem: 'That is not a keyboard shortcut.' };
  // '+' is both the separator and a key: a trailing '++' means the plus key.
  const parts = trimmed.endsWith('++') ? [...trimmed.slice(0, -2).split('+'), '+'] : trimmed.split('+');
  const keyPart = parts.pop() ?? '';
  const modifiers: string[] = [];
  for (const part of parts) {
    const modifier = MODIFIERS[part.trim().toLowerCase()];
    if (!modifier)
      return { ok: false, problem: `“${part.trim()}” is not a modifier key (Ctrl, Alt, Shift, ⌘ or Super).` };
    if (modifiers.includes(modifier)) return { ok: false, problem: `The shortcut names ${modifier} twice.` };
    modifiers.push(modifier);
  }
  const key = keyName(keyPart.trim() === '+' ? 'Plus' : keyPart.trim());
  if (key === null) return { ok: false, problem: `“${keyPart.trim() || '+'}” is not a key a shortcut can use.` };
  if (!modifiers.some((modifier) => HOLDING.has(modifier))) {
    return {
      ok: false,
      problem:
        'A shortcut that works in every app needs Ctrl, Alt, ⌘ or Super with the key, so it never takes your typing.',
    };
  }
  return { ok: true, accelerator: [...modifiers, key].join('+') };
}

/** What a key press in the shortcut field holds; the fields of a DOM KeyboardEvent. */
export interface KeyPress {
  code: string;
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const CODE_KEYS: Readonly<Record<string, string>> = {
  Space: 'Space',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Enter: 'Return',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Escape: 'Escape',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadDecimal: 'numdec',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
};

/**
 * The accelerator a key press stands for, by the physical key (so Alt+J is
 * 'J' even where Alt turns J into another character), or null while only
 * modifiers are held. The platform's own primary modifier (⌘ on a Mac, Ctrl
 * elsewhere) is written CommandOrControl, as Electron's docs advise.
 */
export function acceleratorFromKeyPress(press: KeyPress, isMac: boolean): string | null {
  const { code } = press;
  let key: string | undefined;
  if (/^Key[A-Z]$/.test(code)) key = code.slice(3);
  else if (/^Digit\d$/.test(code)) key = code.slice(5);
  else if (/^Numpad\d$/.test(code)) key = `num${code.slice(6)}`;
  else if (/^F([1-9]|1\d|2[0-4])$/.test(code)) key = code;
  else key = CODE_KEYS[code];
  if (key === undefined) return null;
  const primary = isMac ? press.metaKey : press.ctrlKey;
  const other = isMac ? press.ctrlKey : press.metaKey;
  return [
    primary && 'CommandOrControl',
    other && (isMac ? 'Control' : 'Super'),
    press.altKey && 'Alt',
    press.shiftKey && 'Shift',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

const MAC_SYMBOLS: Readonly<Record<string, string>> = {
  Command: '⌘',
  CommandOrControl: '⌘',
  Control: '⌃',
  Alt: '⌥',
  AltGr: '⌥',
  Shift: '⇧',
  Super: '⌘',
};
const OTHER_NAMES: Readonly<Record<string, string>> = {
  Command: 'Super',
  CommandOrControl: 'Ctrl',
  Control: 'Ctrl',
  Alt: 'Alt',
  AltGr: 'AltGr',
  Shift: 'Shift',
  Super: 'Super',
};

/** A stored accelerator as the platform writes shortcuts: '⌘⌥J' on a Mac, 'Ctrl+Alt+J' elsewhere. */
export function acceleratorLabel(accelerator: string, isMac: boolean): string {
  const parts = accelerator.endsWith('++') ? [...accelerator.slice(0, -2).split('+'), 'Plus'] : accelerator.split('+');
  const key = parts.pop() ?? '';
  const names = parts.map((part) => (isMac ? MAC_SYMBOLS : OTHER_NAMES)[part] ?? part);
  return isMac ? `${names.join('')}${key}` : [...names, key].join('+');
}
