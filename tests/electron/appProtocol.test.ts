import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
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

// Called directly: resolveAppPath refuses `..` before it gets here, so only these inputs reach it.
describe('isInsideRoot', () => {
  it('holds what is below the root, at any depth, and not the root itself', () => {
    expect(isInsideRoot('/x/renderer', '/x/renderer/index.html')).toBe(true);
    expect(isInsideRoot('/x/renderer', '/x/renderer/assets/deep/app.js')).toBe(true);
    expect(isInsideRoot('/x/renderer', '/x/renderer/..foo')).toBe(true);
    expect(isInsideRoot('/x/renderer', '/x/renderer')).toBe(false);
    expect(isInsideRoot('/x/renderer', '/x')).toBe(false);
    expect(isInsideRoot('/x/renderer', '/')).toBe(false);
  });

  it('refuses siblings whose names start with the root’s', () => {
    for (const sibling of ['/x/renderer-secrets/journal.txt', '/x/renderer2/a', '/x/renderer.bak/a', '/x/rendererX']) {
      expect(isInsideRoot('/x/renderer', sibling), sibling).toBe(false);
    }
  });

  it('resolves trailing separators, dot and dot-dot segments before comparing', () => {
    expect(isInsideRoot('/x/renderer/', '/x/renderer/index.html')).toBe(true);
    expect(isInsideRoot('/x/renderer//', '/x/renderer/assets/')).toBe(true);
    expect(isInsideRoot('/x/renderer', '/x/renderer/./assets/../index.html')).toBe(true);
    expect(isInsideRoot('/x/renderer/', '/x/renderer/')).toBe(false);
    expect(isInsideRoot('/x/renderer', '/x/renderer/assets/../../secret.txt')).toBe(false);
    expect(isInsideRoot('/x/renderer', '/x/renderer/../renderer-secrets/journal.txt')).toBe(false);
    expect(isInsideRoot('/x/./renderer/', '/x/renderer/index.html')).toBe(true);
  });

  it('follows the platform’s case rules: exact on POSIX, case-blind on Windows, where drives differ too', () => {
    expect(isInsideRoot('/x/renderer', '/x/Renderer/index.html', path.posix)).toBe(false);
    expect(isInsideRoot('/x/Renderer', '/x/renderer/index.html', path.posix)).toBe(false);
    const win = path.win32;
    expect(
      isInsideRoot('C:\\Forkcast\\resources\\renderer', 'c:\\forkcast\\RESOURCES\\renderer\\index.html', win),
    ).toBe(true);
    expect(isInsideRoot('C:\\Forkcast\\renderer\\', 'C:\\Forkcast\\renderer\\assets\\app.js', win)).toBe(true);
    expect(isInsideRoot('C:\\Forkcast\\renderer', 'C:\\Forkcast\\renderer-old\\app.js', win)).toBe(false);
    expect(isInsideRoot('C:\\Forkcast\\renderer', 'D:\\Forkcast\\renderer\\app.js', win)).toBe(false);
    expect(isInsideRoot('C:\\Forkcast\\renderer', 'C:\\Forkcast\\renderer\\..\\secret.txt', win)).toBe(false);
  });
});

describe('symlinks in the served folder', () => {
  let linked: string;
  beforeAll(async () => {
    linked = path.join(base, 'linked');
    await mkdir(path.join(linked, 'assets'), { recursive: true });
    await writeFile(path.join(linked, 'index.html'), '<!doctype html><title>Forkcast</title>');
    await writeFile(path.join(linked, 'assets', 'app.js'), 'console.log(1)');
    // Links a build could contain by mistake, or someone with access could plant.
    await symlink(path.join(base, 'secret.txt'), path.join(linked, 'secret.js'));
    await symlink(path.join(base, 'renderer-secrets'), path.join(linked, 'assets', 'more'));
    await symlink(path.join(linked, 'assets', 'app.js'), path.join(linked, 'alias.js'));
  });

  const getLinked = (url: string) => createAppProtocolHandler(linked)(new Request(url));

  it('never serve a file outside the folder, whether the link is the file or a folder on the way', async () => {
    for (const url of ['app://forkcast/secret.js', 'app://forkcast/assets/more/journal.txt']) {
      // The path alone looks fine; only the link's target is outside.
      expect(resolveAppPath(linked, url), url).not.toBeNull();
      const response = await getLinked(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('SECRET');
    }
  });

  it('serve a link that stays inside the folder, as the file it points to', async () => {
    const response = await getLinked('app://forkcast/alias.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serve a folder reached through a link as that folder', async () => {
    const through = path.join(base, 'through-link');
    await symlink(linked, through);
    const response = await createAppProtocolHandler(through)(new Request('app://forkcast/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
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
