// Highlight kinds as data, free of zod; highlightSchemas.ts validates them.
import type { PathLean } from './activities';

export interface HighlightKind {
  id: string;
  label: string;
  lean: PathLean;
}

/** The kinds of "best moment" a day can have, each leaning to a path or neither. */
export const HIGHLIGHT_KINDS = [
  { id: 'team-moving', label: 'A stuck team started moving again', lean: 'management' },
  { id: 'person-grew', label: 'Someone I support took a real step forward', lean: 'management' },
  { id: 'hard-talk-landed', label: 'A difficult conversation went well', lean: 'management' },
  { id: 'calm-incident', label: 'People stayed informed and calm during trouble', lean: 'management' },
  { id: 'bad-idea-stopped', label: 'A review stopped a bad idea early', lean: 'architecture' },
  { id: 'problem-reframed', label: 'A problem got reframed before work began', lean: 'architecture' },
  { id: 'design-clicked', label: 'A design fell into place', lean: 'architecture' },
  { id: 'early-call-saved-work', label: 'An early decision saved months of work', lean: 'architecture' },
  { id: 'shipped', label: 'Something shipped', lean: 'neutral' },
  { id: 'bug-cracked', label: 'A hard bug finally cracked', lean: 'neutral' },
  { id: 'other', label: 'Something else', lean: 'neutral' },
] as const satisfies readonly HighlightKind[];

export type HighlightKindId = (typeof HIGHLIGHT_KINDS)[number]['id'];

export function highlightLabel(id: HighlightKindId): string {
  return HIGHLIGHT_KINDS.find((kind) => kind.id === id)?.label ?? id;
}
