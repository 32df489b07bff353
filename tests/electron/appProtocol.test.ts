import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  isInsideRoot,
  mimeTypeFor,
  resolveAppPath,
} from '../../electron/appProtocol';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'forkcast-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Forkcast</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  // A sibling whose name starts with the root's: a string-prefix check would let it through.
  await mkdir(path.join(base, 'renderer-secrets'));
  await writeFile(path.join(base, 'renderer-secrets', 'journal.txt'), 'SECRET');
  await writeFile(path.join(base, 'secret.txt'), 'SECRET');
});

afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

describe('the app scheme', () => {
  it('is standard and secure, with fetch, and bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('resolveAppPath', () => {
  it('maps / to index.html and assets inside the root', () => {
    expect(resolveAppPath(root, 'app://forkcast/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://forkcast')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://forkcast/assets/app.js?v=2#x')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    'app://forkcast/../secret.txt',
    'app://forkcast/assets/../../secret.txt',
    'app://forkcast/%2e%2e/secret.txt',
    'app://forkcast/%2E%2E/secret.txt',
    'app://forkcast/.%2e/secret.txt',
    'app://forkcast/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://forkcast/..%2fsecret.txt',
    'app://forkcast/..%5csecret.txt',
    'app://forkcast/..\\secret.txt',
    'app://forkcast/assets\\app.js',
    'app://forkcast/assets%5capp.js',
    'app://forkcast/%00index.html',
    'app://forkcast/%E0%A4%A',
    'app://forkcast/../renderer-secrets/journal.txt',
    'app://forkcast/%2e%2e/renderer-secrets/journal.txt',
    'app://other/index.html',
    'app://forkcast.evil/index.html',
    'app://evil@forkcast/index.html',
    'app://forkcast:8080/index.html',
    'file:///etc/passwd',
    'https://forkcast/index.html',
    'garbage',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('keeps odd but harmless paths inside the root', () => {
    for (const url of [
      'app://forkcast//etc/passwd',
      'app://forkcast/C:/Windows/win.ini',
      'app://forkcast/%252e%252e/x',
    ]) {
      const resolved = resolveAppPath(root, url);
      expect(resolved !== null && isInsideRoot(root, resolved), url).toBe(true);
    }
  });
});

describe('isInsideRoot', () => {
  it('compares with path.relative, so a sibling sharing the prefix is outside', () => {
    expect(isInsideRoot(root, path.join(root, 'assets', 'app.js'))).toBe(true);
    expect(isInsideRoot(root, path.join(base, 'renderer-secrets', 'journal.txt'))).toBe(false);
    expect(isInsideRoot(root, `${root}-secrets/journal.txt`)).toBe(false);
    expect(isInsideRoot(root, path.join(base, 'secret.txt'))).toBe(false);
    expect(isInsideRoot(root, root)).toBe(false);
    expect(isInsideRoot(root, path.join(root, '..foo'))).toBe(true);
  });
});

describe('the protocol handler', () => {
  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const response = await get('app://forkcast/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Forkcast</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('uses a CSP with no remote origin, no eval and no inline script', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY_HEADER.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('serves assets with their MIME types', async () => {
    const script = await get('app://forkcast/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://forkcast/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('x.exe')).toBe('application/octet-stream');
  });

  it.each([
    'app://forkcast/%2e%2e/secret.txt',
    'app://forkcast/..%2fsecret.txt',
    'app://forkcast/..%5csecret.txt',
    'app://forkcast/%2e%2e/renderer-secrets/journal.txt',
    'app://other/index.html',
    'app://forkcast/assets/missing.js',
  ])('answers %s with a 404 that still carries the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
  });

  it('falls back to index.html for an in-app route without an extension', async () => {
    const response = await get('app://forkcast/history');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://forkcast/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://forkcast/', 'POST')).status).toBe(405);
  });
});
