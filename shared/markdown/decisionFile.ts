import { z } from 'zod';
import type { PickedFile } from '../bridge';
import { formatDate } from '../dateFormat';
import { localDateSchema } from '../dateSchemas';
import { decisionPlanSchema, decisionRecordSchema, type DecisionPlan } from '../decisionSchemas';
import { ROLE_NAMES } from '../entry';
import { experimentListSchema, FOCUS_WORDS } from '../experimentSchemas';
import { readDecisionFront, type FrontMatterBlock } from './dayFileParts';
import { baseName, DECISION_FILE, syncConflictOriginal } from './paths';
import { writeYamlSubset, type SubsetValue } from './yamlSubset';

/**
 * decision.md, the export's file for the decision plan. Its front matter is
 * what import reads back, exactly (the date, the experiments, the record);
 * the body repeats it for people and ends
 * with the brief as it stood the day the decision was recorded, verbatim
 * after a marker line. Like a day file, it is replaced by a later export only
 * while it holds what Forkcast wrote.
 */

/** Everything after this line is the brief snapshot, byte for byte. */
const SNAPSHOT_MARKER = '<!-- The brief as it stood that day, kept unchanged: -->';

const longDate = (date: string) => formatDate(date, 'weekdayDate', 'en-GB');
/** Free text as a markdown quote, for reading only (import takes the front matter). */
const quoted = (text: string) => (text.trim() === '' ? '_Nothing written._' : text.replace(/^/gm, '> '));

/** The file's text. */
export function renderDecisionFile(plan: DecisionPlan): string {
  const { record } = plan;
  const fields: Record<string, SubsetValue> = { kind: 'forkcast-decision' };
  if (plan.decisionDate !== null) fields.decisionDate = plan.decisionDate;
  if (record) {
    fields.decidedOn = record.decidedOn;
    fields.choice = record.choice;
    fields.reasons = record.reasons;
    fields.reconsider = record.reconsider;
    if (record.revisits.length > 0) fields.revisits = record.revisits.map((revisit) => ({ ...revisit }));
  }
  if (plan.experiments.length > 0) fields.experiments = plan.experiments.map((experiment) => ({ ...experiment }));
  fields.updated = plan.updatedAt;
  const body = [
    '# Decision',
    '',
    plan.decisionDate === null
      ? 'No date is set for the decision conversation.'
      : `The decision conversation is on ${longDate(plan.decisionDate)}.`,
  ];
  if (plan.experiments.length > 0) {
    body.push(
      '',
      '## Experiments',
      '',
      ...plan.experiments.map(
        (experiment) =>
          `- ${experiment.label}: ${FOCUS_WORDS[experiment.focus]}, ${longDate(experiment.start)} to ${longDate(experiment.end)}`,
      ),
    );
  }
  if (record) {
    body.push(
      '',
      `Decided on ${longDate(record.decidedOn)}: ${ROLE_NAMES[record.choice].toLowerCase()}.`,
      '',
      '## Why',
      '',
      quoted(record.reasons),
      '',
      '## What would make me reconsider',
      '',
      quoted(record.reconsider),
      ...record.revisits.flatMap((revisit) => [
        '',
        `After ${revisit.months} months (${longDate(revisit.answeredOn)}), was it right? ${revisit.answer === 'unsure' ? 'Not sure' : revisit.answer === 'yes' ? 'Yes' : 'No'}.`,
      ]),
      '',
      SNAPSHOT_MARKER,
    );
  }
  const text = `---\n${writeYamlSubset(fields)}---\n\n${body.join('\n')}\n`;
  return record ? `${text}${record.brief}` : text;
}

/** True for the names a decision file may have in an import: decision.md anywhere, any case, or a sync tool's conflict copy of it. */
export function isDecisionFileName(name: string): boolean {
  return [baseName(name), syncConflictOriginal(name)].some((base) => base?.toLowerCase() === DECISION_FILE);
}

const decisionFrontSchema = z.object({
  kind: z.literal('forkcast-decision'),
  decisionDate: localDateSchema.nullish(),
  decidedOn: localDateSchema.optional(),
  choice: decisionRecordSchema.shape.choice.optional(),
  reasons: z.string().optional(),
  reconsider: z.string().optional(),
  revisits: z.array(z.unknown()).optional(),
  experiments: z.array(z.unknown()).optional(),
  updated: decisionPlanSchema.shape.updatedAt,
});

export type DecisionFileResult = { ok: true; plan: DecisionPlan } | { ok: false; reason: string };

const issueText = (error: z.ZodError) => {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'it'} ${issue?.message ?? 'is not valid'}`;
};

/** Reads decision.md; a failure finishes the sentence "<file name> …", like a day file's. */
export function parseDecisionFile(file: PickedFile): DecisionFileResult {
  return checkDecisionFile(readDecisionFront(file.text));
}

/** The second half of parseDecisionFile: checks a decision file whose front matter is read (dayFileParts.ts). */
export function checkDecisionFile(front: FrontMatterBlock): DecisionFileResult {
  if (!front.ok) return { ok: false, reason: front.reason };
  const parsed = decisionFrontSchema.safeParse(front.raw);
  if (!parsed.success) return { ok: false, reason: `is not a Forkcast decision file (${issueText(parsed.error)})` };
  const { decidedOn, choice, reasons, reconsider, revisits } = parsed.data;
  let record: DecisionPlan['record'] = null;
  if (decidedOn !== undefined || choice !== undefined) {
    const text = front.lines.join('\n');
    const marker = text.indexOf(`\n${SNAPSHOT_MARKER}\n`);
    const candidate = decisionRecordSchema.safeParse({
      decidedOn,
      choice,
      reasons: reasons ?? '',
      reconsider: reconsider ?? '',
      brief: marker < 0 ? '' : text.slice(marker + SNAPSHOT_MARKER.length + 2),
      revisits: revisits ?? [],
    });
    if (!candidate.success)
      return { ok: false, reason: `holds a decision that is not valid (${issueText(candidate.error)})` };
    record = candidate.data;
  }
  const experiments = experimentListSchema.safeParse(parsed.data.experiments ?? []);
  if (!experiments.success) {
    return { ok: false, reason: `holds experiments that are not valid (experiments.${issueText(experiments.error)})` };
  }
  return {
    ok: true,
    plan: {
      decisionDate: parsed.data.decisionDate ?? null,
      record,
      experiments: experiments.data,
      updatedAt: parsed.data.updated,
    },
  };
}
