import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ArchiveError, isSafeArchiveName, packZip, unpackZip } from '../../../shared';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('zip archives', () => {
  it('unpacks what it packs, under one folder', () => {
    const zip = packZip(
      [
        { path: '2026/2026-11-20.md', text: '---\n---\nhi 🙂\n' },
        { path: 'index.md', text: '# Forkcast journal\n' },
      ],
      'forkcast-markdown',
    );
    const { files, refused } = unpackZip(zip);
    expect(refused).toEqual([]);
    expect(files.map((file) => [file.name, text(file.bytes)])).toEqual([
      ['forkcast-markdown/2026/2026-11-20.md', '---\n---\nhi 🙂\n'],
      ['forkcast-markdown/index.md', '# Forkcast journal\n'],
    ]);
  });

  it.each(['../evil.md', 'a/../../evil.md', '/etc/evil.md', '\\\\server\\evil.md', 'C:/evil.md', 'a\\..\\evil.md'])(
    'refuses the unsafe name %s without reading it',
    (name) => {
      expect(isSafeArchiveName(name)).toBe(false);
      const { files, refused } = unpackZip(zipSync({ [name]: strToU8('x'), '2026-11-20.md': strToU8('ok') }));
      expect(files.map((file) => file.name)).toEqual(['2026-11-20.md']);
      expect(refused).toEqual([{ name, reason: 'has an unsafe path (“..” or an absolute path), so it was not read' }]);
    },
  );

  it('refuses files over 10 MB before unpacking them', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    const { files, refused } = unpackZip(zipSync({ 'big.md': big }));
    expect(files).toEqual([]);
    expect(refused).toEqual([{ name: 'big.md', reason: 'is larger than 10 MB' }]);
  });

  /** A zip whose directory claims each file unpacks to `claimed` bytes, as a zip bomb's does. */
  function claimingZip(count: number, claimed: number): Uint8Array {
    const zip = zipSync(Object.fromEntries(Array.from({ length: count }, (_, i) => [`${i}.md`, strToU8('x')])));
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at < zip.length - 4; at += 1) {
      // Each central directory header (PK\x01\x02) holds the uncompressed size 24 bytes in.
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, claimed, true);
    }
    return zip;
  }

  it('refuses a small zip that would unpack to more than the total cap, before inflating anything', () => {
    // 103 files of just under 10 MB each: 1 GB from a zip of a few kilobytes.
    const bomb = claimingZip(103, 10 * 1024 * 1024 - 1);
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => unpackZip(bomb)).toThrow(
      new ArchiveError(
        'That zip would unpack to 1,030 MB of markdown, more than the 256 MB Forkcast imports at once. Nothing was imported.',
      ),
    );
  });

  it('refuses a zip of more markdown files than the cap', () => {
    expect(() => unpackZip(claimingZip(11, 1), { files: 10, bytes: 1024 })).toThrow(
      'That zip holds 11 markdown files, more than the 10 Forkcast imports at once. Nothing was imported.',
    );
    expect(unpackZip(claimingZip(10, 1), { files: 10, bytes: 1024 }).files).toHaveLength(10);
  });

  it('skips folders, hidden files and other file types quietly', () => {
    const { files, refused } = unpackZip(
      zipSync({
        '.obsidian/x.md': strToU8('x'),
        '__MACOSX/._a.md': strToU8('x'),
        'photo.png': strToU8('x'),
        'a.md': strToU8('x'),
      }),
    );
    expect(files.map((file) => file.name)).toEqual(['a.md']);
    expect(refused).toEqual([]);
  });

  it('says so when the file is not a zip', () => {
    expect(() => unpackZip(strToU8('not a zip at all'))).toThrow(ArchiveError);
  });
});
