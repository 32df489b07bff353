import type { ForeignParse } from '../../../shared/importers/foreignEntry';

/** A file the user picked, named relative to the pick (a folder's files keep their folders). */
export interface PickedSourceFile {
  name: string;
  file: File;
}

/** What the page asks the import worker to read from another journal app: one pick. */
export interface SourceWorkerRequest {
  kind: 'source';
  files: PickedSourceFile[];
  /** Obsidian's daily note format (moment.js tokens). */
  dailyNoteFormat: string;
}

/** How far the worker is: reading the picked files, then reading the entries in them. */
export interface SourceProgress {
  stage: 'files' | 'entries';
  done: number;
  total: number;
}

export type SourceWorkerResponse =
  | { kind: 'progress'; progress: SourceProgress }
  | { kind: 'done'; parse: ForeignParse }
  | { kind: 'failed'; message: string };
