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
  /**
   * The YAML front matter of one day file, in characters, checked before it is
   * parsed. Forkcast writes about a thousand; a day at every limit (60
   * activities with long labels, 50 long tags) stays under half of this.
   */
  frontMatterChars: 64 * 1024,
  /**
   * The front matter of decision.md, in characters, checked before it is
   * parsed. It carries the decision's two answers: both at their limit, every
   * character escaped, with a hundred experiments, stay under half of this.
   */
  decisionFrontMatterChars: 256 * 1024,
  /** Markdown and other single files larger than this are refused before they are read. */
  fileBytes: 10 * 1024 * 1024,
  /**
   * A backup is the whole journal in one file: 10,000 days come to about
   * 12 MB, and long notes make more. This leaves room for decades of writing
   * while keeping what main reads into memory, and sends over IPC, bounded.
   */
  backupBytes: 256 * 1024 * 1024,
  /**
   * One markdown import (a folder or a zip): how many markdown files, and
   * how many bytes they may hold together. Checked before anything is
   * inflated or read. A day file is a few kilobytes, so this is a journal of
   * many decades, while what import holds in memory stays bounded.
   */
  importFiles: 200_000,
  importBytes: 256 * 1024 * 1024,
} as const;
