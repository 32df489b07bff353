import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { BRIDGE_CONTRACT, type BridgeRequest, type BridgeResponse, type BridgeVerb } from '../../shared/bridge';

/** What a handler knows besides the payload: the web contents that asked (already checked). */
export interface HandlerContext {
  sender: WebContents;
}

export type VerbHandler<V extends BridgeVerb> = (
  request: BridgeRequest<V>,
  context: HandlerContext,
) => Promise<BridgeResponse<V>>;

/** A domain's handlers, one per verb it owns; main composes them into the full set. */
export type VerbHandlers<V extends BridgeVerb> = { [K in V]: VerbHandler<K> };

/** Thrown back to the renderer for verbs whose response has no failure shape (getAppInfo). */
export class IpcRejectedError extends Error {
  override name = 'IpcRejectedError';
}

/** A typed failure for this verb, or a thrown IpcRejectedError when the verb cannot express one. */
export function rejection<V extends BridgeVerb>(verb: V, message: string): BridgeResponse<V> {
  const failure = BRIDGE_CONTRACT[verb].response.safeParse({ status: 'failed', message });
  // TypeScript widens a generic-indexed schema's output to the union of all verbs; the schema is this verb's.
  if (failure.success) return failure.data as BridgeResponse<V>;
  throw new IpcRejectedError(message);
}

function describePayloadError(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.map(String).join('.')}` : '';
  return `The request was not valid${where}: ${first?.message ?? 'unknown problem'}.`;
}

/**
 * Registers one `ipcMain.handle` per verb. Before a handler runs, the sender
 * must pass `isTrusted` for that verb and the payload must parse with the verb's request
 * schema; otherwise the renderer gets a typed failure. A handler that throws
 * also becomes a typed failure: nothing a page sends can crash main.
 */
export function registerVerbs<V extends BridgeVerb>(
  ipc: Pick<IpcMain, 'handle'>,
  handlers: VerbHandlers<V>,
  isTrusted: (event: IpcMainInvokeEvent, verb: V) => boolean,
): void {
  for (const verb of Object.keys(handlers) as V[]) {
    const { channel, request } = BRIDGE_CONTRACT[verb];
    const handler: VerbHandler<V> = handlers[verb];
    ipc.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrusted(event, verb)) return rejection(verb, 'This request did not come from the Forkcast window.');
      if (args.length > 1) return rejection(verb, 'The request was not valid: too many arguments.');
      const payload = request.safeParse(args[0]);
      if (!payload.success) return rejection(verb, describePayloadError(payload.error.issues));
      try {
        // Parsed by this verb's own schema; the cast only undoes TypeScript's widening (see rejection).
        return await handler(payload.data as BridgeRequest<V>, { sender: event.sender });
      } catch (error) {
        console.error(`Forkcast: ${verb} failed`, error);
        return rejection(verb, 'Forkcast could not finish that action. Nothing was changed.');
      }
    });
  }
}
