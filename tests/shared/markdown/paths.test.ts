import { describe, expect, it } from 'vitest';
import { baseName, dateInFileName } from '../../../shared';

describe('baseName', () => {
  it.each([
    ['2026-11-20.md', '2026-11-20.md'],
    ['2026/2026-11-20.md', '2026-11-20.md'],
    ['journal\\2026\\2026-11-20.md', '2026-11-20.md'],
    ['a/b\\c/2026-11-20.md', '2026-11-20.md'],
    ['2026/', ''],
    ['', ''],
  ])('takes the last segment of %j, whichever slash separates them', (name, base) => {
    expect(baseName(name)).toBe(base);
  });

  it('lets a day file be found under a Windows-style folder name', () => {
    expect(dateInFileName('journal\\2026\\2026-11-20.md')).toBe('2026-11-20');
  });
});
