import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  parseDayFile,
  parseDecisionFile,
  readYamlSubset,
  renderDayFile,
  renderDecisionFile,
  type DecisionPlan,
} from '../../../shared';
import {
  customActivityArbitrary,
  entryArbitrary,
  experimentsArbitrary,
  localDateArbitrary,
  timestampArbitrary,
} from '../../fixtures/entryArbitrary';
import { goodDay } from '../../fixtures/entries';
import { readWithPandoc } from '../../helpers/pandoc';

/**
 * Day files are read by other tools, not only by Forkcast: every one must
 * keep its front matter, and only that, as metadata in pandoc (Debian's, run
 * for real) and read the same in a YAML 1.2 library.
 */

/** An entry together with custom activities it uses, so their labels reach the front matter. */
const dayArbitrary = fc
  .tuple(entryArbitrary, fc.uniqueArray(customActivityArbitrary, { selector: (activity) => activity.id, maxLength: 3 }))
  .map(([entry, custom]) => ({
    entry: {
      ...entry,
      activities: [...entry.activities, ...custom.map(({ id }) => ({ id, feel: 1 as const }))].filter(
        (activity, index, all) => all.findIndex((other) => other.id === activity.id) === index,
      ),
    },
    custom,
  }));

const frontMatterOf = (text: string) => text.slice(4, text.indexOf('\n---\n', 4) + 1);

describe('day files in other readers', () => {
  it('have front matter that a YAML 1.2 library reads exactly as Forkcast does', () => {
    fc.assert(
      fc.property(dayArbitrary, ({ entry, custom }) => {
        const front = frontMatterOf(renderDayFile(entry, custom));
        const strict = parse(front, {
          version: '1.2',
          schema: 'core',
          uniqueKeys: true,
          strict: true,
          prettyErrors: false,
        });
        expect(readYamlSubset(front)).toEqual(strict);
      }),
      { numRuns: 500 },
    );
  });

  it('hold only what Obsidian’s Properties panel edits at the top level, beside the nested activities', () => {
    fc.assert(
      fc.property(dayArbitrary, ({ entry, custom }) => {
        const text = renderDayFile(entry, custom);
        const fields = parse(frontMatterOf(text), { version: '1.2' }) as Record<string, unknown>;
        for (const [key, value] of Object.entries(fields)) {
          if (key === 'activities') continue;
          const flat =
            typeof value === 'string' ||
            typeof value === 'number' ||
            (Array.isArray(value) && value.every((item) => typeof item === 'string'));
          expect({ key, value, flat }).toEqual({ key, value, flat: true });
        }
        // …and read back, they agree with the activities they sum up.
        const read = parseDayFile({ name: `${entry.date.slice(0, 4)}/${entry.date}.md`, text });
        expect(read.status === 'day' && read.flatEdits).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('keep their front matter, and nothing else, as metadata in pandoc', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(dayArbitrary, { minLength: 1, maxLength: 60 }), async (days) => {
        const texts = days.map(({ entry, custom }) => renderDayFile(entry, custom));
        const readings = await readWithPandoc(texts);
        readings.forEach((reading, index) => {
          const expected = Object.keys(readYamlSubset(frontMatterOf(texts[index] ?? '')) ?? {}).sort();
          expect({ reading, text: texts[index] }).toEqual({
            reading: { ok: true, metaKeys: expected },
            text: texts[index],
          });
        });
      }),
      { numRuns: 15 },
    );
  });

  it('survive the cases pandoc once misread: a rule line in the notes, a best moment starting with a tab', async () => {
    const tricky = goodDay('2026-11-20', {
      highlight: { kind: null, text: '\tindented, like code' },
      notes: 'Before.\n\n---\nmood: sunny\n---\n\nAfter.',
    });
    const [reading] = await readWithPandoc([renderDayFile(tricky)]);
    expect(reading).toEqual({ ok: true, metaKeys: expect.arrayContaining(['date', 'dayKind']) });
    expect(reading?.ok && reading.metaKeys).not.toContain('mood');
  });
});

/** A decision plan with experiments (no record: its brief snapshot is the body, not front matter). */
const planArbitrary: fc.Arbitrary<DecisionPlan> = fc.record({
  decisionDate: fc.option(localDateArbitrary, { nil: null }),
  record: fc.constant(null),
  experiments: experimentsArbitrary(),
  updatedAt: timestampArbitrary,
});

const yaml12 = (front: string): unknown =>
  parse(front, { version: '1.2', schema: 'core', uniqueKeys: true, strict: true, prettyErrors: false });

describe('decision.md in other readers', () => {
  it('reads back exactly, its experiments included, and its front matter reads the same in a YAML 1.2 library', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const text = renderDecisionFile(plan);
        expect(parseDecisionFile({ name: 'decision.md', text })).toEqual({ ok: true, plan });
        const front = frontMatterOf(text);
        expect(readYamlSubset(front)).toEqual(yaml12(front));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its front matter, experiments included, as metadata in pandoc', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(planArbitrary, { minLength: 1, maxLength: 20 }), async (plans) => {
        const texts = plans.map(renderDecisionFile);
        const readings = await readWithPandoc(texts);
        readings.forEach((reading, index) => {
          const expected = Object.keys(readYamlSubset(frontMatterOf(texts[index] ?? '')) ?? {}).sort();
          expect({ reading, text: texts[index] }).toEqual({
            reading: { ok: true, metaKeys: expected },
            text: texts[index],
          });
        });
      }),
      { numRuns: 5 },
    );
  });
});
