import { describe, expect, it } from 'vitest';
import { dayFilePath, entriesToExport, renderMarkdownExport } from '../../../shared';
import { badDay, goodDay } from '../../fixtures/entries';

const journal = [goodDay('2026-11-20'), badDay('2025-12-31'), goodDay('2026-01-02')];

describe('markdown export files', () => {
  it('puts each day in its year folder, oldest first, then the index', () => {
    const files = renderMarkdownExport({ entries: journal, customActivities: [], range: null });
    expect(files.map((file) => file.path)).toEqual([
      '2025/2025-12-31.md',
      '2026/2026-01-02.md',
      '2026/2026-11-20.md',
      'index.md',
    ]);
  });

  it('links every day from the index, grouped by year and month', () => {
    const files = renderMarkdownExport({ entries: journal, customActivities: [], range: null }, ['2024-06-01']);
    const index = files.at(-1)?.text ?? '';
    expect(index).toContain('4 days, from 2024-06-01 to 2026-11-20.');
    expect(index).toContain(
      '## 2025\n\n### December\n\n- [2025-12-31](2025/2025-12-31.md) Wednesday · bad day · energy 2',
    );
    expect(index).toContain('- [2024-06-01](2024/2024-06-01.md) Saturday');
    expect(index.indexOf('2024-06-01')).toBeLessThan(index.indexOf('2025-12-31'));
  });

  it('exports only the days of a range', () => {
    const range = { from: '2026-01-01', to: '2026-11-19' };
    expect(entriesToExport({ entries: journal, range }).map((entry) => entry.date)).toEqual(['2026-01-02']);
  });

  it.each(['2026-02-30', '../../etc/passwd', '2026-11-20/../../x', ''])('builds no path from %j', (date) => {
    expect(() => dayFilePath(date)).toThrow(/Refusing/);
  });
});
