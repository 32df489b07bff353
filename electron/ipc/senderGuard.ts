import { isAppUrl } from '../appOrigin';

/** The parts of an IPC event the check reads; Electron's `IpcMainInvokeEvent` fits. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: SenderFrameLike | null;
}
export interface SenderEventLike {
  readonly sender: unknown;
  readonly senderFrame: SenderFrameLike | null;
}

/**
 * Whether an IPC message comes from the app itself: the sender is our
 * window's web contents, the frame still exists, it is the top frame (no
 * iframe, whatever its origin) and its URL parses to the app origin.
 */
export function isTrustedSender(event: SenderEventLike, trustedContents: unknown): boolean {
  try {
    const frame = event.senderFrame;
    return (
      trustedContents !== undefined &&
      trustedContents !== null &&
      event.sender === trustedContents &&
      frame !== null &&
      frame.parent === null &&
      isAppUrl(frame.url)
    );
  } catch {
    // Electron can throw when reading a frame that was destroyed mid-message.
    return false;
  }
}
