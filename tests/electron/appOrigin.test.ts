import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/appOrigin';

describe('isAppUrl', () => {
  it('pins the origin the journal lives on (IndexedDB is keyed by it)', () => {
    expect(APP_ENTRY_URL).toBe('app://forkcast/');
  });

  it.each(['app://forkcast/', 'app://forkcast', 'app://forkcast/index.html?x=1#today', 'APP://forkcast/assets/a.js'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'app://forkcast.evil/',
    'app://forkcast@evil/',
    'app://evil@forkcast/',
    'app://user:pw@forkcast/',
    'app://forkcastx/',
    'app://other/',
    'app:forkcast/x',
    'app:///forkcast/',
    'https://forkcast/',
    'file:///forkcast/index.html',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
    null,
    undefined,
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});
