import type { PowerMonitor, WebContents } from 'electron';
import { BRIDGE_EVENT_CHANNELS } from '../shared/bridgeChannels';
import type { LockRequest } from '../shared/bridge';

/**
 * Asks the window to lock the journal when the screen locks (macOS and
 * Windows report it) or the computer goes to sleep (every system). The
 * renderer decides: a journal without a lock ignores it. Returns the function
 * that stops listening.
 */
export function lockOnSystemEvents(
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>,
  target: () => WebContents | undefined,
): () => void {
  const ask = (reason: LockRequest['reason']) => () => {
    const contents = target();
    if (contents && !contents.isDestroyed())
      contents.send(BRIDGE_EVENT_CHANNELS.lockRequested, { reason } satisfies LockRequest);
  };
  const onLockScreen = ask('lock-screen');
  const onSuspend = ask('suspend');
  powerMonitor.on('lock-screen', onLockScreen);
  powerMonitor.on('suspend', onSuspend);
  return () => {
    powerMonitor.removeListener('lock-screen', onLockScreen);
    powerMonitor.removeListener('suspend', onSuspend);
  };
}
