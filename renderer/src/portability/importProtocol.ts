import type { PickedFile } from '../../../shared/bridge';
import type { DayFileParts } from '../../../shared/markdown/dayFileParts';
import type { FileProblem } from '../../../shared/markdown/importPlan';

/** What the page asks the import worker, and what it answers; `id` pairs them. */
export type ImportWorkerRequest =
  /** Read day files: split each and parse its front matter and body (dayFileParts.ts). */
  | { id: number; kind: 'read'; files: PickedFile[] }
  /** Unpack a zip picked in the browser, and decode its markdown files as text. */
  | { id: number; kind: 'unzip'; zip: Blob };

export type ImportWorkerResponse =
  | { id: number; ok: true; kind: 'read'; parts: DayFileParts[] }
  | { id: number; ok: true; kind: 'unzip'; files: PickedFile[]; refused: FileProblem[] }
  | { id: number; ok: false; message: string };
