import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isExportPath,
  parseReviewFile,
  renderMarkdownExport,
  renderReviewFile,
  reviewFilePath,
  type Review,
} from '../../../shared';
import { reviewArbitrary } from '../../fixtures/entryArbitrary';
import { goodDay } from '../../fixtures/entries';

const NOW = new Date('2026-12-05T12:00:00.000Z');
const review: Review = {
  week: '2026-W49',
  question: 'week-repeat',
  answer: 'The design review.\n\n## Not the question\n---\nkey: yes',
  createdAt: '2026-12-04T17:00:00.000Z',
  updatedAt: '2026-12-05T09:30:00.000Z',
  revision: 3,
};
const read = (text: string, name = reviewFilePath(review.week)) => parseReviewFile({ name, text }, NOW);

describe('review files', () => {
  it('sit beside their year’s days, named after their week, and count as files an export writes', () => {
    expect(reviewFilePath('2026-W49')).toBe('2026/2026-W49-review.md');
    expect(reviewFilePath('2026-W53')).toBe('2026/2026-W53-review.md');
    expect(() => reviewFilePath('2025-W53')).toThrow();
    expect(isExportPath('2026/2026-W49-review.md')).toBe(true);
    expect(isExportPath('2027/2026-W49-review.md')).toBe(false);
    expect(isExportPath('2025/2025-W53-review.md')).toBe(false);
    expect(isExportPath('2026/2026-W49-review.md.bak')).toBe(false);
  });

  it('hold the question as a heading and the answer beneath it', () => {
    const text = renderReviewFile(review);
    expect(text).toContain('week: "2026-W49"\n');
    expect(text).toContain(
      '# Weekly review 2026-W49 (2026-11-30 to 2026-12-06)\n\n## Which moment of this week would you most want to repeat',
    );
  });

  it('read back exactly what was written', () => {
    expect(read(renderReviewFile(review))).toEqual({
      status: 'review',
      name: reviewFilePath(review.week),
      review,
      warnings: [],
    });
    fc.assert(
      fc.property(reviewArbitrary, (any) => {
        const result = parseReviewFile({ name: reviewFilePath(any.week), text: renderReviewFile(any) }, NOW);
        expect(result).toEqual({ status: 'review', name: reviewFilePath(any.week), review: any, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('tolerate hand edits: Windows line endings, a BOM, missing bookkeeping, unknown fields', () => {
    const edited = `\uFEFF---\r\nquestion: week-avoid\r\nmood: fine\r\n---\r\n\r\n## What did you put off?\r\n\r\nThe hiring loop.\r\n`;
    expect(read(edited)).toEqual({
      status: 'review',
      name: reviewFilePath(review.week),
      review: {
        week: '2026-W49',
        question: 'week-avoid',
        answer: 'The hiring loop.',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        revision: 1,
      },
      warnings: ['mood is not a field Forkcast knows, so left out'],
    });
  });

  it('refuse what they cannot read, saying why', () => {
    const reason = (text: string, name?: string) => {
      const result = read(text, name);
      return result.status === 'failed' ? result.reason : 'read';
    };
    const good = renderReviewFile(review);
    expect(reason(good, '2025/2025-W53-review.md')).toMatch(/not named after a week that exists/);
    expect(reason(good, '2026/2026-W48-review.md')).toBe('is named after 2026-W48 but its week is 2026-W49');
    expect(reason('no front matter')).toMatch(/has no front matter/);
    expect(reason(good.replaceAll('## ', '### '))).toMatch(/no “## ” heading/);
    expect(reason(good.replace('revision: 3', 'revision: three'))).toMatch(/^has revision that/);
    expect(reason(good.replace('The design review.', 'bell \u0007'))).toBe(
      'has an answer that contains control characters',
    );
  });

  it('go into an export with the days, only for weeks that overlap its range', () => {
    const request = {
      entries: [goodDay('2026-12-01')],
      customActivities: [],
      reviews: [review, { ...review, week: '2026-W40' }],
    };
    const all = renderMarkdownExport({ ...request, range: null }).map((file) => file.path);
    expect(all).toEqual(['2026/2026-12-01.md', '2026/2026-W49-review.md', '2026/2026-W40-review.md', 'index.md']);
    const ranged = renderMarkdownExport({ ...request, range: { from: '2026-12-06', to: '2026-12-31' } });
    expect(ranged.map((file) => file.path)).toEqual(['2026/2026-W49-review.md', 'index.md']);
  });
});
