import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, isAllowedRequest, isPermissionAllowed } from '../../electron/sessionPolicy';
import { createFakeElectron } from './fakes/fakeElectron';

function hardened(platform: NodeJS.Platform = 'linux') {
  const session = createFakeElectron().session.defaultSession;
  // The fake has the handler setters and events hardenSession uses; the rest of Session is irrelevant here.
  hardenSession(session as unknown as Session, platform);
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl: string; isMainFrame: boolean },
  ) => void;
  type CheckHandler = (
    contents: unknown,
    permission: string,
    origin: string,
    details: { isMainFrame: boolean },
  ) => boolean;
  const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
  const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler;
  const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean;
  const beforeRequest = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
    details: { url: string },
    callback: (response: { cancel: boolean }) => void,
  ) => void;
  const ask = (permission: string, requestingUrl: string, isMainFrame = true): boolean => {
    const callback = vi.fn();
    request(null, permission, callback, { requestingUrl, isMainFrame });
    return callback.mock.calls[0]?.[0] as boolean;
  };
  return { session, ask, check, device, beforeRequest };
}

const FOREIGN = ['https://example.com/', 'app://evil/', 'app://forkcast.evil/', 'file:///x', 'null', ''];

describe('permissions', () => {
  it('grants persistent storage to the app page only', () => {
    const { ask, check } = hardened();
    expect(ask('persistent-storage', 'app://forkcast/')).toBe(true);
    expect(check(null, 'persistent-storage', 'app://forkcast', { isMainFrame: true })).toBe(true);
    for (const url of FOREIGN) {
      expect(ask('persistent-storage', url), url).toBe(false);
      expect(check(null, 'persistent-storage', url, { isMainFrame: true }), url).toBe(false);
    }
    expect(ask('persistent-storage', 'app://forkcast/', false)).toBe(false);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'midiSysex',
    'hid',
    'usb',
    'serial',
    'display-capture',
    'unknown',
  ])('denies %s even to the app', (permission) => {
    const { ask, check } = hardened();
    expect(ask(permission, 'app://forkcast/')).toBe(false);
    expect(check(null, permission, 'app://forkcast', { isMainFrame: true })).toBe(false);
  });

  it('denies every device', () => {
    const { device } = hardened();
    expect(device({ deviceType: 'usb', origin: 'app://forkcast' })).toBe(false);
  });

  it('agrees with isPermissionAllowed', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://forkcast/', true)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', true)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', undefined, true)).toBe(false);
  });
});

describe('network', () => {
  it('cancels every request that is not the app itself or local data', () => {
    const { beforeRequest } = hardened();
    const cancelled = (url: string): boolean => {
      const callback = vi.fn();
      beforeRequest({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    for (const url of [
      'https://example.com/x.js',
      'http://127.0.0.1:5173/',
      'wss://example.com/',
      'file:///etc/passwd',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
    for (const url of ['app://forkcast/assets/a.js', 'data:image/png;base64,AA==', 'blob:app://forkcast/123']) {
      expect(cancelled(url), url).toBe(false);
    }
    expect(isAllowedRequest('app://other/')).toBe(false);
  });

  it('turns the spellchecker off where it would download dictionaries, and names no download URL', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { session } = hardened(platform);
      expect(session.setSpellCheckerEnabled, platform).toHaveBeenCalledExactlyOnceWith(platform === 'darwin');
      expect(session.setSpellCheckerDictionaryDownloadURL, platform).not.toHaveBeenCalled();
    }
  });
});

/** An Electron event as the chooser events hand it over. */
const chooserEvent = () => ({ preventDefault: vi.fn() });

describe('device choosers and screen capture', () => {
  it('cancels the HID, serial and USB choosers, and takes them over so Electron picks nothing itself', () => {
    const { session } = hardened();
    const hid = { event: chooserEvent(), callback: vi.fn() };
    session.emit('select-hid-device', hid.event, { deviceList: [{ deviceId: 'keyboard' }] }, hid.callback);
    expect(hid.event.preventDefault).toHaveBeenCalled();
    expect(hid.callback).toHaveBeenCalledExactlyOnceWith();

    const serial = { event: chooserEvent(), callback: vi.fn() };
    session.emit('select-serial-port', serial.event, [{ portId: 'ttyUSB0' }], {}, serial.callback);
    expect(serial.event.preventDefault).toHaveBeenCalled();
    expect(serial.callback).toHaveBeenCalledExactlyOnceWith('');

    const usb = { event: chooserEvent(), callback: vi.fn() };
    session.emit('select-usb-device', usb.event, { deviceList: [{ deviceId: 'stick' }] }, usb.callback);
    expect(usb.event.preventDefault).toHaveBeenCalled();
    expect(usb.callback).toHaveBeenCalledExactlyOnceWith();
  });

  it('declines Bluetooth pairing on Windows and Linux, where Electron asks', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { session } = hardened(platform);
      const pair = session.setBluetoothPairingHandler.mock.calls[0]?.[0] as (
        details: unknown,
        callback: (response: unknown) => void,
      ) => void;
      const callback = vi.fn();
      pair({ deviceId: 'headset', pairingKind: 'confirm' }, callback);
      expect(callback, platform).toHaveBeenCalledExactlyOnceWith({ confirmed: false });
    }
    // macOS pairs by itself and has no such handler.
    expect(hardened('darwin').session.setBluetoothPairingHandler).not.toHaveBeenCalled();
  });

  it('refuses every screen or window capture request', () => {
    const { session } = hardened();
    const handle = session.setDisplayMediaRequestHandler.mock.calls[0]?.[0] as (
      request: unknown,
      callback: (streams: unknown) => void,
    ) => void;
    const callback = vi.fn();
    handle(
      { videoRequested: true, audioRequested: true, securityOrigin: 'app://forkcast', userGesture: true },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith(null);
  });
});
