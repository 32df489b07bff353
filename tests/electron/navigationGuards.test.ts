import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from '../../electron/navigationGuards';
import { FakeWebContents } from './fakes/fakeElectron';

function guarded() {
  const contents = new FakeWebContents();
  // The guard only uses `on` and `setWindowOpenHandler`; the rest of WebContents is irrelevant here.
  guardWebContents(contents as unknown as WebContents);
  const fire = (event: string, url: string): boolean => {
    const preventDefault = vi.fn();
    contents.emit(event, { url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire };
}

const foreign = [
  'https://example.com/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'app://forkcast.evil/',
  'app://evil/',
  'app://forkcast@evil/',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  'about:blank',
  'not a url',
];

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s blocks every foreign URL', (event) => {
    const { fire } = guarded();
    for (const url of foreign) expect(fire(event, url), url).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s lets the app move within itself', (event) => {
    const { fire } = guarded();
    expect(fire(event, 'app://forkcast/')).toBe(false);
    expect(fire(event, 'app://forkcast/index.html#history')).toBe(false);
  });

  it('never attaches a webview', () => {
    const { contents } = guarded();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, { src: 'app://forkcast/' });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('cancels the Bluetooth chooser, so Electron never picks the first device itself', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'headset', deviceName: 'Headset' }], callback);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledExactlyOnceWith('');
  });

  it('denies every new window, https and app links included', () => {
    const { contents } = guarded();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    for (const url of [...foreign, 'https://github.com/', 'app://forkcast/']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
  });
});
