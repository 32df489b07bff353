import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isExportPath,
  planImport,
  resolveImport,
  parseReviewFile,
  renderMarkdownExport,
  renderReviewFile,
  reviewFilePath,
  type Review,
} from '../../../shared';
import { journalArbitrary, reviewArbitrary, reviewsArbitrary } from '../../fixtures/entryArbitrary';
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
    // Refused by its size before any YAML is parsed: 64,000 keys once froze a day file's import.
    const keys = Array.from({ length: 8_000 }, (_, index) => `k${index}: ${index}`).join('\n');
    expect(reason(good.replace('\n---\n', `\n${keys}\n---\n`))).toMatch(
      /^has a front matter of \d\d,\d{3} characters, more than the 65,536 Forkcast reads$/,
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

describe('importing review files', () => {
  const filesOf = (reviews: Review[]) =>
    renderMarkdownExport({ entries: [], customActivities: [], range: null, reviews }).map((file) => ({
      name: file.path,
      text: file.text,
    }));

  it('brings back exactly the reviews an export wrote, with the days beside them', () => {
    fc.assert(
      fc.property(journalArbitrary(4), reviewsArbitrary(), (entries, reviews) => {
        const files = renderMarkdownExport({ entries, customActivities: [], range: null, reviews }).map((file) => ({
          name: file.path,
          text: file.text,
        }));
        const preview = planImport({ files, current: [], currentReviews: [], now: NOW });
        expect(preview.problems).toEqual([]);
        const write = resolveImport(preview, new Map(), [], NOW);
        const byWeek = (a: Review, b: Review) => (a.week < b.week ? -1 : 1);
        expect(write.reviews).toEqual([...reviews].sort(byWeek));
        expect(write.expectedReviews).toEqual([...reviews].sort(byWeek).map(({ week }) => ({ week, revision: null })));
        expect(write.entries).toHaveLength(entries.length);
      }),
      { numRuns: 100 },
    );
  });

  it('follows the rules for days: the same is left, an edited file is taken, a review changed on both sides asks', () => {
    const other = { ...review, week: '2026-W48', answer: 'Other week.' };
    const third = { ...review, week: '2026-W47', answer: 'Third week.' };
    const files = filesOf([review, other, third]).map((file) =>
      file.name.includes('W48')
        ? { ...file, text: file.text.replace('Other week.', 'Edited in the file.') }
        : file.name.includes('W47')
          ? { ...file, text: file.text.replace('Third week.', 'Edited in the file too.') }
          : file,
    );
    // W49 is as exported; W48 was only edited in the file; W47 was also saved again in Forkcast.
    const current = [review, other, { ...third, answer: 'Saved again here.', revision: 4 }];
    const preview = planImport({ files, current: [], currentReviews: current, now: NOW });
    expect(preview.reviews.unchangedReviews.map((item) => item.week)).toEqual(['2026-W49']);
    expect(preview.reviews.changedReviews.map((item) => item.week)).toEqual(['2026-W48']);
    expect(preview.reviews.reviewConflicts.map((item) => item.week)).toEqual(['2026-W47']);

    const keep = resolveImport(preview, new Map(), [], NOW);
    expect(keep.reviews?.map((item) => [item.week, item.answer, item.revision])).toEqual([
      ['2026-W48', 'Edited in the file.', 4],
    ]);
    const take = resolveImport(preview, new Map([['2026-W47', 'theirs' as const]]), [], NOW);
    expect(take.reviews?.map((item) => [item.week, item.answer, item.revision])).toEqual([
      ['2026-W48', 'Edited in the file.', 4],
      ['2026-W47', 'Edited in the file too.', 5],
    ]);
    expect(take.expectedReviews).toEqual([
      { week: '2026-W48', revision: 3 },
      { week: '2026-W47', revision: 4 },
    ]);
  });

  it('reports a review file it cannot read, and one week found twice, importing neither', () => {
    const [file] = filesOf([review]);
    if (!file) throw new Error('no file');
    const preview = planImport({
      files: [
        { name: '2026/2026-W48-review.md', text: 'not a review' },
        file,
        { ...file, name: '2026/2026-W49-review.markdown' },
      ],
      current: [],
      now: NOW,
    });
    expect(preview.problems).toEqual([
      { name: '2026/2026-W48-review.md', reason: expect.stringMatching(/front matter/) },
    ]);
    expect(preview.duplicates).toEqual([
      { date: '2026-W49', files: ['2026/2026-W49-review.markdown', '2026/2026-W49-review.md'] },
    ]);
    expect(resolveImport(preview, new Map(), [], NOW).reviews).toEqual([]);
  });
});
