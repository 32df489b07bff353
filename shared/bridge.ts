import { z } from 'zod';
import { customActivitySchema } from './activitySchemas';
import { BRIDGE_CHANNELS, BRIDGE_EVENT_CHANNELS } from './bridgeChannels';
import { localDateSchema } from './dateSchemas';
import { decisionPlanSchema } from './decisionSchemas';
import { entrySchema } from './entrySchemas';
import {
  dayReportSchema,
  habitResponseSchema,
  habitStateSchema,
  openTodaySchema,
  quickCaptureSettingSchema,
  reminderSettingSchema,
} from './habits/habitSchemas';
import { LIMITS } from './limits';
import { PAPER_SIZES } from './paper';
import { exportPathSchema, sha256Schema } from './markdown/manifest';
import { isExportPath, isSyncConflictPath } from './markdown/paths';
import { reviewSchema } from './review/reviewSchemas';

/**
 * The one contract between the renderer and the main process. Each verb has a
 * channel name, a request schema and a response schema, and each event main
 * sends unasked a channel and a payload schema; the preload, the main process
 * handlers and the browser fallback are all typed from these objects, so they
 * cannot drift apart. Requests are validated again in main: the renderer is
 * never trusted.
 */

/** What every file action answers: done, the user closed the dialog, or it failed with a reason. */
const cancelled = z.object({ status: z.literal('cancelled') });
const failed = z.object({ status: z.literal('failed'), message: z.string() });

export const exportMarkdownRequestSchema = z.object({
  entries: z.array(entrySchema).max(200_000),
  customActivities: z.array(customActivitySchema).max(LIMITS.customActivities),
  range: z.object({ from: localDateSchema, to: localDateSchema }).nullable(),
  /** The decision plan, written as decision.md; null or absent when the journal has none. */
  decision: decisionPlanSchema.nullish(),
  /** The weekly reviews; a range takes those whose week overlaps it. Absent means none. */
  reviews: z.array(reviewSchema).max(50_000).optional(),
});
export type ExportMarkdownRequest = z.infer<typeof exportMarkdownRequestSchema>;

/** A file of the export folder that Forkcast left alone, because it may not replace it. */
export const exportConflictSchema = z.object({
  path: exportPathSchema,
  /** The day the file holds; null for index.md. */
  date: localDateSchema.nullable(),
  /** edited: changed since Forkcast wrote it. unknown: Forkcast has no record of writing it (the user's own note, say). */
  reason: z.enum(['edited', 'unknown']),
  /** The SHA-256 of the file as Forkcast last saw it, so a later change to it is noticed. */
  sha256: sha256Schema,
});
export type ExportConflict = z.infer<typeof exportConflictSchema>;

const conflicts = z.array(exportConflictSchema).max(LIMITS.importFiles + 1);

/** Names one export's conflicts for the verbs that resolve them; main keeps what it needs under it. */
const sessionSchema = z.string().regex(/^[0-9a-f-]{36}$/, 'is not an export session');

export const exportMarkdownResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    location: z.string(),
    written: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    /** Files left alone; empty in the browser, whose export is a new zip. */
    conflicts,
    /** For the conflict verbs; null when there are no conflicts. */
    session: sessionSchema.nullable(),
    /** What the user should know that did not stop the export, e.g. a damaged manifest. */
    warnings: z.array(z.string()).max(10),
  }),
  /** Writing stopped part-way (a full disk): every file is whole, old or new, and these say which are new. */
  z.object({
    status: z.literal('partial'),
    location: z.string(),
    message: z.string(),
    written: z.number().int().min(0),
    notWritten: z.array(exportPathSchema).max(LIMITS.importFiles + 1),
  }),
  cancelled,
  failed,
]);
export type ExportMarkdownResponse = z.infer<typeof exportMarkdownResponseSchema>;

/** What index.md says of a day: its date, and its kind and energy when the journal has them. */
export const indexDaySchema = z.object({
  date: localDateSchema,
  dayKind: entrySchema.shape.dayKind.optional(),
  energy: entrySchema.shape.energy.optional(),
});

/** The live folder as main has it: off, on with the folder the user chose, or not offered here (a browser). */
export const liveFolderStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('off') }),
  z.object({ status: z.literal('on'), folder: z.string() }),
  z.object({ status: z.literal('unavailable'), message: z.string() }),
]);
export type LiveFolderState = z.infer<typeof liveFolderStateSchema>;

/**
 * What to mirror into the live folder: the saved days, the days removed from
 * the journal, every day of the journal for index.md, and the weekly reviews
 * and decision plan saved. `full` writes the whole journal, as on start, and
 * cleans up what an interrupted write left.
 */
export const liveFolderWriteSchema = z
  .object({
    entries: exportMarkdownRequestSchema.shape.entries,
    customActivities: exportMarkdownRequestSchema.shape.customActivities,
    removed: z.array(localDateSchema).max(200_000),
    /** Null when no day's date, kind or energy changed, so index.md stays as it is. */
    index: z.array(indexDaySchema).max(200_000).nullable(),
    full: z.boolean(),
    /** The weekly reviews saved (on a full write, all of them); absent means none. */
    reviews: exportMarkdownRequestSchema.shape.reviews,
    /** The decision plan, when it was saved (on a full write, the journal's); absent: decision.md stays as it is. */
    decision: decisionPlanSchema.optional(),
  })
  .refine(({ full, index }) => !full || index !== null, { message: 'is missing from a full write', path: ['index'] })
  .refine(
    ({ entries, removed }) => {
      const saved = new Set(entries.map((entry) => entry.date));
      return saved.size === entries.length && removed.every((date) => !saved.has(date));
    },
    { message: 'names a day twice', path: ['removed'] },
  );
export type LiveFolderWrite = z.infer<typeof liveFolderWriteSchema>;

export const liveFolderWriteResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    location: z.string(),
    written: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    /** Files of removed days taken out of the folder (only those nobody had changed). */
    removed: z.number().int().min(0),
    /** Every open conflict of this folder in the window, this write's and earlier ones'. */
    conflicts,
    session: sessionSchema.nullable(),
    warnings: z.array(z.string()).max(10),
  }),
  exportMarkdownResponseSchema.options[1],
  /** The live folder was turned off: nothing was written. */
  z.object({ status: z.literal('off') }),
  failed,
]);
export type LiveFolderWriteResponse = z.infer<typeof liveFolderWriteResponseSchema>;

/** How many files in the live folder (days, weekly reviews, decision.md) changed outside Forkcast and await the user's review (0: none). */
export const liveFolderChangedSchema = z.object({ changed: z.number().int().min(0) });
export type LiveFolderChanged = z.infer<typeof liveFolderChangedSchema>;

/** After the review of the folder's changes was applied: the files whose days the journal took. */
export const settleLiveChangesRequestSchema = z.object({
  taken: z
    .array(
      z
        .string()
        .max(300)
        .refine((path) => isExportPath(path) || isSyncConflictPath(path), 'is not a day file of the live folder'),
    )
    .max(LIMITS.importFiles)
    .refine((paths) => new Set(paths).size === paths.length, 'lists a file twice'),
});

/** Whether an export was running in the asking window and has been told to stop. */
export const cancelExportResponseSchema = z.object({ cancelled: z.boolean() });
export type CancelExportResponse = z.infer<typeof cancelExportResponseSchema>;

/** How far an export is: files done (written, or already up to date) of all its files, index.md included. */
export const exportProgressSchema = z
  .object({ done: z.number().int().min(0), total: z.number().int().min(0) })
  .refine(({ done, total }) => done <= total, { message: 'is more than the total', path: ['done'] });
export type ExportProgress = z.infer<typeof exportProgressSchema>;

/** A text file read on the user's behalf, named relative to what they picked. */
export const pickedFileSchema = z.object({
  name: z.string().max(1_000),
  text: z.string().max(LIMITS.fileBytes),
});
export type PickedFile = z.infer<typeof pickedFileSchema>;

export const importMarkdownResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('loaded'),
    source: z.string(),
    files: z.array(pickedFileSchema).max(LIMITS.importFiles),
    /** Files refused before parsing (too large, binary), with the reason. */
    refused: z.array(z.object({ name: z.string(), reason: z.string() })),
  }),
  cancelled,
  failed,
]);
export type ImportMarkdownResponse = z.infer<typeof importMarkdownResponseSchema>;

/** Some of one export's conflicts, by path: what the three conflict verbs act on. */
export const conflictRequestSchema = z.object({
  session: sessionSchema,
  paths: z
    .array(exportPathSchema)
    .min(1)
    .max(LIMITS.importFiles + 1)
    .refine((paths) => new Set(paths).size === paths.length, 'lists a file twice'),
});
export type ConflictRequest = z.infer<typeof conflictRequestSchema>;

/**
 * What overwriting or recording conflicts did: how many files it handled, the
 * export's conflicts still open afterwards (a file changed again is listed
 * again, with its new hash), and why some were not handled.
 */
export const conflictActionResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('done'),
    done: z.number().int().min(0),
    conflicts,
    problem: z.string().nullable(),
  }),
  failed,
]);
export type ConflictActionResponse = z.infer<typeof conflictActionResponseSchema>;

export const saveTextRequestSchema = z.object({
  /** A suggested file name only; the user picks the real location. */
  suggestedName: z.string().regex(/^[\w.() -]{1,120}$/, 'is not a plain file name'),
  /** A backup is the largest text saved; useBackup also checks its UTF-8 size, so restore can read it. */
  text: z.string().max(LIMITS.backupBytes),
});
export type SaveTextRequest = z.infer<typeof saveTextRequestSchema>;

export const saveResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), location: z.string() }),
  cancelled,
  failed,
]);
export type SaveResponse = z.infer<typeof saveResponseSchema>;

export const printRequestSchema = z.object({
  suggestedName: saveTextRequestSchema.shape.suggestedName,
  /** The page the brief is laid out on: the user's usual paper, from their locale. */
  paper: z.enum(PAPER_SIZES),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

/**
 * The desktop app saves the PDF itself; a browser can only open its print
 * dialog ('print-dialog'), which tells the page nothing of what the user
 * chose there, so nothing can be said to be saved.
 */
export const printResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), location: z.string() }),
  z.object({ status: z.literal('print-dialog') }),
  cancelled,
  failed,
]);
export type PrintResponse = z.infer<typeof printResponseSchema>;

/** A backup holds the whole journal, so it may be larger than any one markdown file. */
export const openBackupResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('loaded'),
    file: pickedFileSchema.extend({ text: z.string().max(LIMITS.backupBytes) }),
  }),
  cancelled,
  failed,
]);
export type OpenBackupResponse = z.infer<typeof openBackupResponseSchema>;

export const appInfoSchema = z.object({
  mode: z.enum(['electron', 'browser']),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * The secret the computer account keeps for "unlock with my computer
 * account": 32 random bytes, base64. The renderer makes it; main only stores
 * it, encrypted by the operating system (safeStorage).
 */
export const unlockSecretSchema = z.base64().length(44, 'is not a 32-byte secret');

export const unlockSecretStatusSchema = z.discriminatedUnion('available', [
  z.object({ available: z.literal(true) }),
  z.object({ available: z.literal(false), reason: z.string() }),
]);
export type UnlockSecretStatus = z.infer<typeof unlockSecretStatusSchema>;

export const readUnlockSecretResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), secret: unlockSecretSchema }),
  z.object({ status: z.literal('missing') }),
  failed,
]);
export type ReadUnlockSecretResponse = z.infer<typeof readUnlockSecretResponseSchema>;

const doneResponseSchema = z.discriminatedUnion('status', [z.object({ status: z.literal('done') }), failed]);

/** Why main asks the window to lock: the screen is locking, or the computer is going to sleep. */
export const lockRequestSchema = z.object({ reason: z.enum(['lock-screen', 'suspend']) });
export type LockRequest = z.infer<typeof lockRequestSchema>;

/**
 * The close handshake: main holds a closing window (or a quitting app) and
 * asks the page to save what is being typed; the page answers with the same
 * id once every open day is saved, or says what could not be.
 */
export const closeRequestedSchema = z.object({ requestId: z.number().int().min(1) });
export type CloseRequested = z.infer<typeof closeRequestedSchema>;

export const readyToCloseRequestSchema = z.discriminatedUnion('outcome', [
  z.object({ requestId: closeRequestedSchema.shape.requestId, outcome: z.literal('saved') }),
  z.object({
    requestId: closeRequestedSchema.shape.requestId,
    outcome: z.literal('unsaved'),
    /** What was not saved and why, shown to the user before the window closes anyway. */
    message: z.string().min(1).max(4_000),
  }),
]);
export type ReadyToCloseRequest = z.infer<typeof readyToCloseRequestSchema>;

/** Whether main was waiting for that answer (false for a stale or unknown id). */
export const readyToCloseResponseSchema = z.object({ received: z.boolean() });

const none = z.undefined();
/** Turns one option on or off. */
const switchSchema = z.object({ enabled: z.boolean() });
/** Main took note of the message (false when it had nothing to do with it). */
const receivedSchema = z.object({ received: z.boolean() });

export const BRIDGE_CONTRACT = {
  getAppInfo: { channel: BRIDGE_CHANNELS.getAppInfo, request: none, response: appInfoSchema },
  exportMarkdown: {
    channel: BRIDGE_CHANNELS.exportMarkdown,
    request: exportMarkdownRequestSchema,
    response: exportMarkdownResponseSchema,
  },
  cancelExport: { channel: BRIDGE_CHANNELS.cancelExport, request: none, response: cancelExportResponseSchema },
  importMarkdown: { channel: BRIDGE_CHANNELS.importMarkdown, request: none, response: importMarkdownResponseSchema },
  /** Their side of some conflicts, read for the import preview ("take their change"). */
  readConflictFiles: {
    channel: BRIDGE_CHANNELS.readConflictFiles,
    request: conflictRequestSchema,
    response: importMarkdownResponseSchema,
  },
  /** "Overwrite with mine": each file, if still as last seen, gets Forkcast's version. */
  overwriteConflicts: {
    channel: BRIDGE_CHANNELS.overwriteConflicts,
    request: conflictRequestSchema,
    response: conflictActionResponseSchema,
  },
  /** After their change was imported: the files, if still as read, become Forkcast's to update. */
  recordConflictsTaken: {
    channel: BRIDGE_CHANNELS.recordConflictsTaken,
    request: conflictRequestSchema,
    response: conflictActionResponseSchema,
  },
  getLiveFolder: { channel: BRIDGE_CHANNELS.getLiveFolder, request: none, response: liveFolderStateSchema },
  /** Asks for a folder in a dialog and makes it the live folder; nothing is written until the next write. */
  chooseLiveFolder: {
    channel: BRIDGE_CHANNELS.chooseLiveFolder,
    request: none,
    response: z.discriminatedUnion('status', [liveFolderStateSchema.options[1], cancelled, failed]),
  },
  /** Stops writing into the live folder; the folder keeps every file as it is. */
  stopLiveFolder: {
    channel: BRIDGE_CHANNELS.stopLiveFolder,
    request: none,
    response: z.discriminatedUnion('status', [liveFolderStateSchema.options[0], failed]),
  },
  writeLiveFolder: {
    channel: BRIDGE_CHANNELS.writeLiveFolder,
    request: liveFolderWriteSchema,
    response: liveFolderWriteResponseSchema,
  },
  /** The live folder's changed files, read for the import preview. */
  readLiveChanges: { channel: BRIDGE_CHANNELS.readLiveChanges, request: none, response: importMarkdownResponseSchema },
  /**
   * The preview was applied: the files read are seen, those taken become
   * Forkcast's to update, and the rest are left as they are (`left`) until
   * they change; `open` files changed again meanwhile.
   */
  settleLiveChanges: {
    channel: BRIDGE_CHANNELS.settleLiveChanges,
    request: settleLiveChangesRequestSchema,
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('done'), open: z.number().int().min(0), left: z.number().int().min(0) }),
      failed,
    ]),
  },
  saveBackup: { channel: BRIDGE_CHANNELS.saveBackup, request: saveTextRequestSchema, response: saveResponseSchema },
  openBackup: { channel: BRIDGE_CHANNELS.openBackup, request: none, response: openBackupResponseSchema },
  saveBrief: { channel: BRIDGE_CHANNELS.saveBrief, request: saveTextRequestSchema, response: saveResponseSchema },
  printBriefToPdf: {
    channel: BRIDGE_CHANNELS.printBriefToPdf,
    request: printRequestSchema,
    response: printResponseSchema,
  },
  /** The habit loop's settings and what this platform offers of it. */
  getHabits: { channel: BRIDGE_CHANNELS.getHabits, request: none, response: habitStateSchema },
  setReminder: { channel: BRIDGE_CHANNELS.setReminder, request: reminderSettingSchema, response: habitResponseSchema },
  setTray: { channel: BRIDGE_CHANNELS.setTray, request: switchSchema, response: habitResponseSchema },
  setLaunchAtLogin: { channel: BRIDGE_CHANNELS.setLaunchAtLogin, request: switchSchema, response: habitResponseSchema },
  /** Turns the quick-capture shortcut on, off or to other keys; a shortcut another app holds is refused. */
  setQuickCapture: {
    channel: BRIDGE_CHANNELS.setQuickCapture,
    request: quickCaptureSettingSchema,
    response: habitResponseSchema,
  },
  /** Which day it is where the user is and whether it is written, so a written day gets no reminder. */
  reportDay: { channel: BRIDGE_CHANNELS.reportDay, request: dayReportSchema, response: receivedSchema },
  /** The quick-capture window is done (saved, or the user pressed Escape). */
  closeQuickCapture: { channel: BRIDGE_CHANNELS.closeQuickCapture, request: none, response: receivedSchema },
  /** The quick-capture window cannot save into a locked journal: this shows the main window, to unlock there, and closes it. */
  showMainWindow: { channel: BRIDGE_CHANNELS.showMainWindow, request: none, response: receivedSchema },
  unlockSecretStatus: {
    channel: BRIDGE_CHANNELS.unlockSecretStatus,
    request: none,
    response: unlockSecretStatusSchema,
  },
  saveUnlockSecret: {
    channel: BRIDGE_CHANNELS.saveUnlockSecret,
    request: z.object({ secret: unlockSecretSchema }),
    response: doneResponseSchema,
  },
  readUnlockSecret: {
    channel: BRIDGE_CHANNELS.readUnlockSecret,
    request: none,
    response: readUnlockSecretResponseSchema,
  },
  forgetUnlockSecret: { channel: BRIDGE_CHANNELS.forgetUnlockSecret, request: none, response: doneResponseSchema },
  readyToClose: {
    channel: BRIDGE_CHANNELS.readyToClose,
    request: readyToCloseRequestSchema,
    response: readyToCloseResponseSchema,
  },
} as const satisfies Record<keyof typeof BRIDGE_CHANNELS, { channel: string; request: z.ZodType; response: z.ZodType }>;

export type BridgeVerb = keyof typeof BRIDGE_CONTRACT;
export type BridgeRequest<V extends BridgeVerb> = z.infer<(typeof BRIDGE_CONTRACT)[V]['request']>;
export type BridgeResponse<V extends BridgeVerb> = z.infer<(typeof BRIDGE_CONTRACT)[V]['response']>;

/** Events main sends to the renderer unasked: progress while an export runs, a window about to close, a request to lock, a request to show today. */
export const BRIDGE_EVENTS = {
  exportProgress: { channel: BRIDGE_EVENT_CHANNELS.exportProgress, payload: exportProgressSchema },
  closeRequested: { channel: BRIDGE_EVENT_CHANNELS.closeRequested, payload: closeRequestedSchema },
  lockRequested: { channel: BRIDGE_EVENT_CHANNELS.lockRequested, payload: lockRequestSchema },
  openToday: { channel: BRIDGE_EVENT_CHANNELS.openToday, payload: openTodaySchema },
  liveFolderChanged: { channel: BRIDGE_EVENT_CHANNELS.liveFolderChanged, payload: liveFolderChangedSchema },
} as const satisfies Record<keyof typeof BRIDGE_EVENT_CHANNELS, { channel: string; payload: z.ZodType }>;

export type BridgeEvent = keyof typeof BRIDGE_EVENTS;
export type BridgePayload<E extends BridgeEvent> = z.infer<(typeof BRIDGE_EVENTS)[E]['payload']>;
/** Adds a listener for one event; the function it returns removes it again. */
export type BridgeSubscribe<E extends BridgeEvent> = (listener: (payload: BridgePayload<E>) => void) => () => void;

/**
 * The API the preload exposes as `window.forkcast`, and the browser fallback
 * mirrors: one function per verb, and `onX` per event (e.g. onExportProgress).
 */
export type ForkcastBridge = {
  [V in BridgeVerb]: BridgeRequest<V> extends undefined
    ? () => Promise<BridgeResponse<V>>
    : (request: BridgeRequest<V>) => Promise<BridgeResponse<V>>;
} & { [E in BridgeEvent as `on${Capitalize<E>}`]: BridgeSubscribe<E> };

/** `exportProgress` → `onExportProgress`: the bridge method that subscribes to an event. */
export function subscribeKey<E extends BridgeEvent>(event: E): `on${Capitalize<E>}` {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as `on${Capitalize<E>}`;
}

/** Every key a bridge object has, and nothing else: one per verb, one per event. */
export const BRIDGE_KEYS: readonly (keyof ForkcastBridge)[] = [
  ...(Object.keys(BRIDGE_CONTRACT) as BridgeVerb[]),
  ...(Object.keys(BRIDGE_EVENTS) as BridgeEvent[]).map(subscribeKey),
];

export { BRIDGE_CHANNELS, BRIDGE_EVENT_CHANNELS, BRIDGE_GLOBAL } from './bridgeChannels';
