import { z } from 'zod';
import { customActivitySchema } from './activitySchemas';
import { BRIDGE_CHANNELS, BRIDGE_EVENT_CHANNELS } from './bridgeChannels';
import { localDateSchema } from './dateSchemas';
import { entrySchema } from './entrySchemas';
import { LIMITS } from './limits';

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
});
export type ExportMarkdownRequest = z.infer<typeof exportMarkdownRequestSchema>;

export const exportMarkdownResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    location: z.string(),
    written: z.number().int().min(0),
    unchanged: z.number().int().min(0),
  }),
  cancelled,
  failed,
]);
export type ExportMarkdownResponse = z.infer<typeof exportMarkdownResponseSchema>;

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
    files: z.array(pickedFileSchema).max(200_000),
    /** Files refused before parsing (too large, binary), with the reason. */
    refused: z.array(z.object({ name: z.string(), reason: z.string() })),
  }),
  cancelled,
  failed,
]);
export type ImportMarkdownResponse = z.infer<typeof importMarkdownResponseSchema>;

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

const none = z.undefined();

export const BRIDGE_CONTRACT = {
  getAppInfo: { channel: BRIDGE_CHANNELS.getAppInfo, request: none, response: appInfoSchema },
  exportMarkdown: {
    channel: BRIDGE_CHANNELS.exportMarkdown,
    request: exportMarkdownRequestSchema,
    response: exportMarkdownResponseSchema,
  },
  cancelExport: { channel: BRIDGE_CHANNELS.cancelExport, request: none, response: cancelExportResponseSchema },
  importMarkdown: { channel: BRIDGE_CHANNELS.importMarkdown, request: none, response: importMarkdownResponseSchema },
  saveBackup: { channel: BRIDGE_CHANNELS.saveBackup, request: saveTextRequestSchema, response: saveResponseSchema },
  openBackup: { channel: BRIDGE_CHANNELS.openBackup, request: none, response: openBackupResponseSchema },
  saveBrief: { channel: BRIDGE_CHANNELS.saveBrief, request: saveTextRequestSchema, response: saveResponseSchema },
  printBriefToPdf: {
    channel: BRIDGE_CHANNELS.printBriefToPdf,
    request: z.object({ suggestedName: saveTextRequestSchema.shape.suggestedName }),
    response: saveResponseSchema,
  },
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
} as const satisfies Record<keyof typeof BRIDGE_CHANNELS, { channel: string; request: z.ZodType; response: z.ZodType }>;

export type BridgeVerb = keyof typeof BRIDGE_CONTRACT;
export type BridgeRequest<V extends BridgeVerb> = z.infer<(typeof BRIDGE_CONTRACT)[V]['request']>;
export type BridgeResponse<V extends BridgeVerb> = z.infer<(typeof BRIDGE_CONTRACT)[V]['response']>;

/** Events main sends to the renderer unasked: progress while an export runs, and a request to lock. */
export const BRIDGE_EVENTS = {
  exportProgress: { channel: BRIDGE_EVENT_CHANNELS.exportProgress, payload: exportProgressSchema },
  lockRequested: { channel: BRIDGE_EVENT_CHANNELS.lockRequested, payload: lockRequestSchema },
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

export { BRIDGE_CHANNELS, BRIDGE_EVENT_CHANNELS, BRIDGE_GLOBAL } from './bridgeChannels';
