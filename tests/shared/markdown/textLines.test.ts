import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextLines } from '../../../shared/markdown/textLines';

// Texts made of the characters that matter here: line breaks, blanks and a little else.
const textArbitrary = fc
  .array(fc.constantFrom('\n', '\n', 'a', '#', ' ', '-', '\r'), { maxLength: 40 })
  .map((chars) => chars.join(''));

describe('TextLines', () => {
  it('gives the lines, and runs of them, exactly as splitting at line breaks does', () => {
    fc.assert(
      fc.property(textArbitrary, fc.nat(), fc.nat(), (text, a, b) => {
        const split = text.split('\n');
        const lines = new TextLines(text);
        expect(lines.count).toBe(split.length);
        split.forEach((line, index) => {
          expect(lines.line(index)).toBe(line);
          expect(lines.isEmpty(index)).toBe(line === '');
          expect(lines.startsWith('#', index)).toBe(line.startsWith('#'));
        });
        const [from, to] = [a % (split.length + 1), b % (split.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(lines.span(from, to)).toBe(split.slice(from, to).join('\n'));
      }),
    );
  });

  it('counts one empty line in empty text, and one more after a final line break', () => {
    expect(new TextLines('').count).toBe(1);
    const lines = new TextLines('## Notes\n');
    expect([lines.count, lines.line(0), lines.line(1), lines.span(0, 2)]).toEqual([2, '## Notes', '', '## Notes\n']);
    expect(lines.span(1, 1)).toBe('');
  });
});
