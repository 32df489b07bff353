import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasControlChars, stripControlChars } from '../../shared';

describe('control characters', () => {
  it('are found exactly where stripping would remove something, in any UTF-16 text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\t', '\n', '\r', '\u007f', '\u0000', '\u001f', '\u0080'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
        }),
        (text) => {
          expect(hasControlChars(text)).toBe(stripControlChars(text) !== text);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
