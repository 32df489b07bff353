import { describe, expect, it } from 'vitest';
import { LIMITS, planPickRead, SourceError } from '../../../shared';

const MB = 1024 * 1024;

describe('what a pick may read, from names and sizes alone', () => {
  it('reads notes and exports, never photos or hidden files, and lists a note too large', () => {
    const plan = planPickRead([
      { name: 'vault/2024-03-10.md', size: 2_000 },
      { name: 'vault/attachments/photo.jpeg', size: 900 * MB },
      { name: 'vault/.obsidian/workspace.json', size: 90 * MB },
      { name: 'vault/2024-03-11.md', size: 11 * MB },
    ]);
    expect(plan.read).toEqual([0]);
    expect(plan.problems).toEqual([{ name: 'vault/2024-03-11.md', reason: 'is larger than 10 MB' }]);
  });

  it('refuses an export or a zip too large to read, before reading it', () => {
    expect(() => planPickRead([{ name: 'daylio.csv', size: 100 * MB }])).toThrow(
      new SourceError(
        'daylio.csv is 100 MB, more than the 64 MB Forkcast reads from one export. Nothing was imported.',
      ),
    );
    expect(() => planPickRead([{ name: 'Export.zip', size: 300 * MB }])).toThrow(
      /more than the 256 MB Forkcast reads from one zip/,
    );
  });

  it('refuses more files, or more bytes, than one import holds', () => {
    const many = Array.from({ length: LIMITS.importFiles + 1 }, (_, index) => ({ name: `${index}.md`, size: 1 }));
    expect(() => planPickRead(many)).toThrow(/holds 200,001 files to read/);
    const heavy = Array.from({ length: 30 }, (_, index) => ({ name: `${index}.md`, size: 9 * MB }));
    expect(() => planPickRead(heavy)).toThrow(/come to 270 MB, more than the 256 MB/);
  });
});
