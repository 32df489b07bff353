import { z } from 'zod';
import type { PickedFile } from '../bridge';
import { formatDate } from '../dateFormat';
import { localDateSchema } from '../dateSchemas';
import { decisionPlanSchema, type DecisionPlan } from '../decisionSchemas';
import { lf } from './dayFileParts';
import { readFrontMatterYaml } from './frontMatterYaml';
import { baseName, DECISION_FILE } from './paths';
import { writeYamlSubset } from './yamlSubset';

/**
 * decision.md, the export's file for the decision plan: front matter that
 * import reads back exactly, and a line for people. Like a day file, it is
 * replaced by a later export only while it holds what Forkcast wrote.
 */

/** The file's text. The date is written in the body as well, for whoever opens the folder. */
export function renderDecisionFile(plan: DecisionPlan): string {
  const fields = {
    kind: 'forkcast-decision',
    ...(plan.decisionDate === null ? {} : { decisionDate: plan.decisionDate }),
    updated: plan.updatedAt,
  };
  const line =
    plan.decisionDate === null
      ? 'No date is set for the decision conversation.'
      : `The decision conversation is on ${formatDate(plan.decisionDate, 'weekdayDate', 'en-GB')}.`;
  return `---\n${writeYamlSubset(fields)}---\n\n# Decision\n\n${line}\n`;
}

/** True for the names a decision file may have in an import: decision.md anywhere, any case. */
export function isDecisionFileName(name: string): boolean {
  return baseName(name).toLowerCase() === DECISION_FILE;
}

const decisionFrontSchema = z.object({
  kind: z.literal('forkcast-decision'),
  decisionDate: localDateSchema.nullish(),
  updated: decisionPlanSchema.shape.updatedAt,
});

export type DecisionFileResult = { ok: true; plan: DecisionPlan } | { ok: false; reason: string };

/** Reads decision.md; a failure finishes the sentence "<file name> …", like a day file's. */
export function parseDecisionFile(file: PickedFile): DecisionFileResult {
  const lines = lf(file.text.replace(/^\uFEFF/, '')).split('\n');
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (lines[0]?.trimEnd() !== '---' || close < 0) {
    return { ok: false, reason: 'has no front matter (the block between --- lines at the top)' };
  }
  const front = readFrontMatterYaml(lines.slice(1, close));
  if (!front.ok) return { ok: false, reason: front.reason };
  const parsed = decisionFrontSchema.safeParse(front.raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `is not a Forkcast decision file (${issue?.path.join('.') || 'it'} ${issue?.message ?? ''})`,
    };
  }
  return { ok: true, plan: { decisionDate: parsed.data.decisionDate ?? null, updatedAt: parsed.data.updated } };
}
