import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDayFile, planImport, renderDayFile, renderMarkdownExport, resolveImport } from '../../../shared';
import { entryArbitrary, journalArbitrary } from '../../fixtures/entryArbitrary';

describe('markdown round trip', () => {
  it('reads back every field of a day file', () => {
    fc.assert(
      fc.property(entryArbitrary, (entry) => {
        const result = parseDayFile({ name: `${entry.date.slice(0, 4)}/${entry.date}.md`, text: renderDayFile(entry) });
        if (result.status !== 'day') throw new Error(result.status === 'failed' ? result.reason : 'ignored');
        const { createdAt, updatedAt, revision, ...content } = entry;
        expect(result.content).toEqual(content);
        expect(result.meta).toEqual({ createdAt, updatedAt, revision });
        expect(result.warnings).toEqual([]);
        // The flat properties agree with the activities they sum up.
        expect(result.flatEdits).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('exporting a journal and importing it into an empty one gives back equal entries', () => {
    fc.assert(
      fc.property(journalArbitrary(), (journal) => {
        const files = renderMarkdownExport({ entries: journal, customActivities: [], range: null });
        const preview = planImport({
          files: files.map((file) => ({ name: file.path, text: file.text })),
          current: [],
          now: new Date(),
        });
        expect(preview.problems).toEqual([]);
        const write = resolveImport(preview, new Map(), [], new Date());
        const byDate = [...journal].sort((a, b) => a.date.localeCompare(b.date));
        expect(write.entries).toEqual(byDate);
      }),
      { numRuns: 100 },
    );
  });
});
