// Validation for highlight kinds, kept apart from the list in highlights.ts.
import { z } from 'zod';
import { HIGHLIGHT_KINDS, type HighlightKindId } from './highlights';

export const highlightKindSchema = z.enum(
  HIGHLIGHT_KINDS.map((kind) => kind.id) as [HighlightKindId, ...HighlightKindId[]],
);
