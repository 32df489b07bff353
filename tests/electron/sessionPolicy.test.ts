import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  isAllowedRequest,
  isPermissionAllowed,
  OFFLINE_DICTIONARY_URL,
} from '../../electron/sessionPolicy';

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

function hardened() {
  const session = fakeSession();
  // Only the handler setters are used; the rest of Session is irrelevant here.
  hardenSession(session as unknown as Session);
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

  it('points the spellchecker dictionary download at loopback, never a CDN', () => {
    const { session } = hardened();
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(OFFLINE_DICTIONARY_URL);
    expect(new URL(OFFLINE_DICTIONARY_URL).hostname).toBe('127.0.0.1');
  });
});
