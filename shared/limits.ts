/**
 * Size limits for what one entry may hold. They keep a pasted novel or a
 * runaway script from making the journal slow, and every limit is checked by
 * the entry schema so the user gets a clear message instead of a broken save.
 */
export const LIMITS = {
  /** One prompt answer or the highlight text, in characters. */
  answerChars: 20_000,
  /** Free notes, in characters (about 1 MB of plain text). */
  notesChars: 1_000_000,
  tagsPerEntry: 50,
  tagChars: 40,
  activitiesPerEntry: 60,
  customActivities: 200,
  activityLabelChars: 60,
  /** Files and backups larger than this are refused before they are read. */
  fileBytes: 10 * 1024 * 1024,
} as const;
