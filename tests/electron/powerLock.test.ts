import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { PowerMonitor, WebContents } from 'electron';
import { lockOnSystemEvents } from '../../electron/powerLock';
import { BRIDGE_EVENT_CHANNELS } from '../../shared/bridgeChannels';
import { FakeWebContents } from './fakes/fakeElectron';

const asPowerMonitor = (emitter: EventEmitter) => emitter as unknown as PowerMonitor;

describe('locking on system events', () => {
  it('asks the window to lock on screen lock and on sleep, and stops when told', () => {
    const power = new EventEmitter();
    const contents = new FakeWebContents();
    const stop = lockOnSystemEvents(asPowerMonitor(power), () => contents as unknown as WebContents);
    power.emit('lock-screen');
    power.emit('suspend');
    expect(contents.send.mock.calls).toEqual([
      [BRIDGE_EVENT_CHANNELS.lockRequested, { reason: 'lock-screen' }],
      [BRIDGE_EVENT_CHANNELS.lockRequested, { reason: 'suspend' }],
    ]);
    stop();
    power.emit('suspend');
    expect(contents.send).toHaveBeenCalledTimes(2);
    expect(power.listenerCount('suspend')).toBe(0);
  });

  it('sends nothing when there is no window, or it is gone', () => {
    const power = new EventEmitter();
    const contents = new FakeWebContents();
    const target: { window?: FakeWebContents } = {};
    lockOnSystemEvents(asPowerMonitor(power), () => target.window as unknown as WebContents | undefined);
    power.emit('suspend');
    target.window = contents;
    contents.destroyed = true;
    power.emit('lock-screen');
    expect(contents.send).not.toHaveBeenCalled();
  });
});
