import { z } from 'zod';
import { localDateSchema } from './dateSchemas';

/**
 * The decision the journal is for: when the promotion conversation is. One
 * record per journal, stored (and sealed under the lock) like the days, and
 * carried by the backup and the markdown export. `updatedAt` tells an import
 * whether the journal's record changed since a file was written.
 */
export const decisionPlanSchema = z.object({
  /** The day of the conversation, or null once the user clears it. */
  decisionDate: localDateSchema.nullable(),
  updatedAt: z.iso.datetime(),
});
export type DecisionPlan = z.infer<typeof decisionPlanSchema>;

/** The plan's key in its store: a journal has one. */
export const DECISION_PLAN_ID = 'decision';
