import { describe, expect, it } from 'vitest';
import {
  filesTaken,
  isExportPath,
  parseDecisionFile,
  planDecisionImport,
  DECISION_CHOICE,
  planImport,
  renderDecisionFile,
  renderMarkdownExport,
  resolveImport,
  type DecisionPlan,
} from '../../../shared';
import { shiftDate } from '../../../shared/dates';
import { EXPERIMENT_LABEL_CHARS, EXPERIMENTS_MAX } from '../../../shared/experimentSchemas';
import { LIMITS } from '../../../shared/limits';
import { goodDay } from '../../fixtures/entries';

const PLAN: DecisionPlan = {
  decisionDate: '2027-01-05',
  record: null,
  experiments: [],
  updatedAt: '2026-11-20T18:00:00.000Z',
};
const read = (text: string) => parseDecisionFile({ name: 'decision.md', text });

describe('decision.md', () => {
  it('reads back exactly what it was written from, with a date or without one', () => {
    expect(read(renderDecisionFile(PLAN))).toEqual({ ok: true, plan: PLAN });
    const cleared = { ...PLAN, decisionDate: null };
    expect(read(renderDecisionFile(cleared))).toEqual({ ok: true, plan: cleared });
    expect(renderDecisionFile(PLAN)).toContain('The decision conversation is on Tuesday, 5 January 2027.');
    // Saved again by an editor on Windows, with a byte-order mark and CRLF.
    expect(read(`\uFEFF${renderDecisionFile(PLAN).replace(/\n/g, '\r\n')}`)).toEqual({ ok: true, plan: PLAN });
  });

  it('reads back a recorded decision exactly: multi-line words, revisits and the brief of that day', async () => {
    const decided: DecisionPlan = {
      ...PLAN,
      record: {
        decidedOn: '2026-11-20',
        choice: 'management',
        reasons: 'Line one: "quoted".\n\n## Not a heading\n---\n- not a list 😀 שלום',
        reconsider: '',
        brief: `# Decision brief\n\n<!-- The brief as it stood that day, kept unchanged: -->\n\nno newline at the end`,
        revisits: [{ months: 3, answer: 'no', answeredOn: '2027-02-20' }],
      },
    };
    const text = renderDecisionFile(decided);
    expect(read(text)).toEqual({ ok: true, plan: decided });
    expect(text).toContain('Decided on Friday, 20 November 2026: engineering manager.');
    expect(text.endsWith('no newline at the end')).toBe(true);
  });

  it('reads back a decision at every limit, its answers all escaped, and refuses a front matter past its own', () => {
    const escaped = '"\\\n'.repeat(LIMITS.answerChars / 4) + '😀😀';
    const fullest: DecisionPlan = {
      ...PLAN,
      record: {
        decidedOn: '2026-11-20',
        choice: 'architecture',
        reasons: escaped.slice(0, LIMITS.answerChars),
        reconsider: escaped.slice(0, LIMITS.answerChars),
        brief: '# Decision brief',
        revisits: [
          { months: 3, answer: 'yes', answeredOn: '2027-02-20' },
          { months: 6, answer: 'unsure', answeredOn: '2027-05-20' },
        ],
      },
      // A hundred experiments of a week each, one after another, with the longest names.
      experiments: Array.from({ length: EXPERIMENTS_MAX }, (_, index) => ({
        label: '"'.repeat(EXPERIMENT_LABEL_CHARS),
        focus: index % 2 === 0 ? ('management' as const) : ('architecture' as const),
        start: shiftDate('2027-01-04', index * 7),
        end: shiftDate('2027-01-04', index * 7 + 6),
      })),
    };
    const text = renderDecisionFile(fullest);
    expect(read(text)).toEqual({ ok: true, plan: fullest });
    expect(text.indexOf('\n---\n')).toBeGreaterThan(LIMITS.frontMatterChars);
    expect(text.indexOf('\n---\n')).toBeLessThan(LIMITS.decisionFrontMatterChars / 2);
    // Past its limit, refused by its size before any YAML is parsed.
    const keys = Array.from({ length: 30_000 }, (_, index) => `k${index}: ${index}`).join('\n');
    expect(read(renderDecisionFile(PLAN).replace('\n---\n', `\n${keys}\n---\n`))).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^has a front matter of 3\d\d,\d{3} characters, more than the 262,144 Forkcast reads$/,
      ),
    });
  });

  it('reads back its experiments exactly, and lists them in the body for people', () => {
    const planned: DecisionPlan = {
      ...PLAN,
      experiments: [
        { label: 'Design: "two weeks" #1 😀', focus: 'architecture', start: '2026-11-02', end: '2026-11-15' },
        { label: '- not a list', focus: 'management', start: '2026-12-01', end: '2026-12-28' },
      ],
    };
    const text = renderDecisionFile(planned);
    expect(read(text)).toEqual({ ok: true, plan: planned });
    expect(text).toContain(
      '## Experiments\n\n- Design: "two weeks" #1 😀: more system work, Monday, 2 November 2026 to Sunday, 15 November 2026',
    );
  });

  it.each([
    [
      'experiments that share days',
      '---\nkind: forkcast-decision\nexperiments:\n  - label: A\n    focus: management\n    start: 2026-10-01\n    end: 2026-10-14\n  - label: B\n    focus: architecture\n    start: 2026-10-14\n    end: 2026-10-20\nupdated: 2026-11-20T18:00:00.000Z\n---\n',
      'holds experiments that are not valid (experiments.1 shares days with experiment 1 (“A”))',
    ],
    [
      'an experiment that ends before it starts',
      '---\nkind: forkcast-decision\nexperiments:\n  - label: A\n    focus: management\n    start: 2026-10-14\n    end: 2026-10-01\nupdated: 2026-11-20T18:00:00.000Z\n---\n',
      'experiments.0.end ends before it starts',
    ],
    ['no front matter', '# Decision\n', 'has no front matter'],
    [
      'front matter never closed',
      '---\nkind: forkcast-decision\n',
      'has front matter that is never closed by a --- line',
    ],
    ['another kind of file', '---\ndate: 2027-01-05\n---\n', 'is not a Forkcast decision file (kind'],
    [
      'an impossible date',
      '---\nkind: forkcast-decision\ndecisionDate: 2027-02-30\nupdated: 2026-11-20T18:00:00.000Z\n---\n',
      'decisionDate must be a real calendar date',
    ],
    ['no save time', '---\nkind: forkcast-decision\ndecisionDate: 2027-01-05\n---\n', 'updated'],
  ])('refuses %s, saying why', (_, text, reason) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('is written by an export when the journal has a plan, and is a path the manifest may record', () => {
    const request = { entries: [goodDay('2026-11-20')], customActivities: [], range: null };
    expect(renderMarkdownExport(request).map((file) => file.path)).toEqual(['2026/2026-11-20.md', 'index.md']);
    const files = renderMarkdownExport({ ...request, decision: PLAN });
    expect(files.at(-1)).toEqual({ path: 'decision.md', text: renderDecisionFile(PLAN) });
    expect(isExportPath('decision.md')).toBe(true);
    expect(isExportPath('2026/decision.md')).toBe(false);
  });
});

describe('importing a decision plan', () => {
  const later = { decisionDate: '2027-03-01', record: null, experiments: [], updatedAt: '2026-12-01T09:00:00.000Z' };

  it('takes the file’s plan when the journal has none or saved its own earlier, and keeps a later one', () => {
    expect(planDecisionImport('decision.md', PLAN, null).action).toBe('take');
    expect(planDecisionImport('decision.md', PLAN, { ...PLAN, updatedAt: later.updatedAt }).action).toBe('same');
    expect(planDecisionImport('decision.md', later, PLAN).action).toBe('take');
    expect(planDecisionImport('decision.md', PLAN, later).action).toBe('keep');
  });

  it('takes a file edited by hand since Forkcast wrote it (the same save time), in the date or in the record', () => {
    expect(planDecisionImport('decision.md', { ...PLAN, decisionDate: '2027-02-01' }, PLAN).action).toBe('take');
    const record = {
      decidedOn: '2026-11-20',
      choice: 'architecture' as const,
      reasons: 'R',
      reconsider: 'C',
      brief: '',
      revisits: [],
    };
    const decided: DecisionPlan = { ...PLAN, record };
    const reworded: DecisionPlan = { ...PLAN, record: { ...record, reasons: 'Reworded in an editor.' } };
    expect(planDecisionImport('decision.md', reworded, decided).action).toBe('take');
    expect(planDecisionImport('decision.md', decided, decided).action).toBe('same');
  });

  it('calls a plan the same only when all of it is: the date, the experiments and the recorded decision', () => {
    const experiment = {
      label: 'Design fortnight',
      focus: 'architecture' as const,
      start: '2026-11-02',
      end: '2026-11-15',
    };
    const planned = { ...PLAN, experiments: [experiment], updatedAt: later.updatedAt };
    expect(planDecisionImport('decision.md', planned, PLAN).action).toBe('take');
    expect(planDecisionImport('decision.md', PLAN, planned).action).toBe('keep');
    const renamed = {
      ...planned,
      experiments: [{ ...experiment, label: 'Renamed' }],
      updatedAt: '2026-12-02T09:00:00.000Z',
    };
    expect(planDecisionImport('decision.md', renamed, planned).action).toBe('take');
    const decided = {
      ...PLAN,
      record: {
        decidedOn: '2026-11-20',
        choice: 'management' as const,
        reasons: '',
        reconsider: '',
        brief: '',
        revisits: [],
      },
    };
    expect(planDecisionImport('decision.md', { ...decided, updatedAt: later.updatedAt }, PLAN).action).toBe('take');
    expect(planDecisionImport('decision.md', { ...planned, updatedAt: PLAN.updatedAt }, planned).action).toBe('same');
  });

  it('writes the plan it takes, expecting the journal’s as previewed, and counts its file as taken', () => {
    const preview = planImport({ files: [], current: [], now: new Date() });
    const taking = { ...preview, decision: planDecisionImport('decision.md', later, PLAN) };
    expect(resolveImport(taking, new Map(), [], new Date()).decision).toEqual({ plan: later, expected: PLAN });
    expect(filesTaken(taking, new Map())).toEqual(['decision.md']);
    const keeping = { ...preview, decision: planDecisionImport('decision.md', PLAN, later) };
    expect(resolveImport(keeping, new Map(), [], new Date()).decision).toBeUndefined();
    expect(filesTaken(keeping, new Map())).toEqual([]);
  });

  it('lets the user choose between the journal’s plan and a sync tool’s conflict copy, whichever was saved later', () => {
    const copy = 'decision.sync-conflict-20261121-093015-ABCDEF1.md';
    const preview = planImport({ files: [], current: [], now: new Date() });
    for (const [theirs, mine] of [
      [later, PLAN],
      [PLAN, later],
    ] as const) {
      const decision = planDecisionImport(copy, theirs, mine);
      expect(decision.action).toBe('choose');
      const choosing = { ...preview, decision };
      expect(resolveImport(choosing, new Map(), [], new Date()).decision).toBeUndefined();
      expect(filesTaken(choosing, new Map())).toEqual([]);
      const taking = new Map([[DECISION_CHOICE, 'theirs' as const]]);
      expect(resolveImport(choosing, taking, [], new Date()).decision).toEqual({ plan: theirs, expected: mine });
      expect(filesTaken(choosing, taking)).toEqual([copy]);
    }
    expect(planDecisionImport(copy, PLAN, null).action).toBe('take');
    expect(planDecisionImport(copy, PLAN, { ...PLAN, updatedAt: later.updatedAt }).action).toBe('same');
  });
});
