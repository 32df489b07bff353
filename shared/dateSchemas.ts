// Validation for local calendar days, kept apart from dates.ts.
import { z } from 'zod';
import { isLocalDate } from './dates';

export const localDateSchema = z
  .string()
  .refine(isLocalDate, { message: 'must be a real calendar date written YYYY-MM-DD' });
