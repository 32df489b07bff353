import type { PickedFile } from '../../../shared/bridge';
import type { DayFileParts, FrontMatterBlock } from '../../../shared/markdown/dayFileParts';
import type { FileProblem } from '../../../shared/markdown/importPlan';

/** What the page asks the import worker, and what it answers; `id` pairs them. */
export type ImportWorkerRequest =
  /** Read day files: split each and parse its front matter and body (dayFileParts.ts). */
  | { id: number; kind: 'read'; files: PickedFile[] }
  /** Read a decision file's front matter (decisionFile.ts checks it). */
  | { id: number; kind: 'front'; file: PickedFile }
  /** Unpack a zip picked in the browser, and decode its markdown files as text. */
  | { id: number; kind: 'unzip'; zip: Blob };

export type ImportWorkerResponse =
  | { id: number; ok: true; kind: 'read'; parts: DayFileParts[] }
  | { id: number; ok: true; kind: 'front'; front: FrontMatterBlock }
  | { id: number; ok: true; kind: 'unzip'; files: PickedFile[]; refused: FileProblem[] }
  | { id: number; ok: false; message: string };
