// Validation for activities, kept apart from the catalog in activities.ts.
import { z } from 'zod';
import { PATH_LEANS } from './activities';
import { LIMITS } from './limits';

export const pathLeanSchema = z.enum(PATH_LEANS);

/** An activity the user added; it may lean to a path or stay neutral. */
export const customActivitySchema = z.object({
  id: z.string().regex(/^custom-[a-z0-9-]{1,60}$/, 'must look like custom-<letters, digits or dashes>'),
  label: z.string().trim().min(1, 'needs a name').max(LIMITS.activityLabelChars),
  lean: pathLeanSchema,
  createdAt: z.iso.datetime(),
});
export type CustomActivity = z.infer<typeof customActivitySchema>;
