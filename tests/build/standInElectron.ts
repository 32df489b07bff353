import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The marker Electron puts before its fuse wire: then a version byte, the
 * wire's length, and one byte per fuse ('0' off, '1' on). It is Electron's
 * constant (the same one @electron/fuses looks for), so it is stated here.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron 45's own fuse values, in wire order (RunAsNode, CookieEncryption,
 * NodeOptions, NodeCliInspect, EmbeddedAsarIntegrity, OnlyLoadAppFromAsar,
 * BrowserV8Snapshot, FileProtocolExtraPrivileges, WasmTrapHandlers), so a
 * fuse only reads as production-set if the packaging really flipped it.
 */
export const STAND_IN_FUSE_WIRE = '101100011';

/**
 * Writes a stand-in for an unpacked Linux Electron distribution into `dir`,
 * for electron-builder's `electronDist`. Reading app-builder-lib shows what a
 * Linux `--dir` build needs from a dist folder: it copies the folder as is,
 * renames `electron` to the executable name, and flips the fuses inside that
 * file, so the file must carry a fuse wire. Nothing else is read: LICENSE is
 * optional (kept as LICENSE.electron.txt), and chrome-sandbox, locales/,
 * resources/ and `version` are never looked at for this target.
 */
export async function writeStandInElectronDist(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const wire = Buffer.from(STAND_IN_FUSE_WIRE, 'latin1');
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: it cannot run" >&2\nexit 1\n', 'latin1'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    wire,
  ]);
  const executable = path.join(dir, 'electron');
  await writeFile(executable, binary);
  await chmod(executable, 0o755);
  await writeFile(path.join(dir, 'LICENSE'), 'Stand-in for the Electron LICENSE file.\n');
}

/** The fuse wire of an Electron binary as a string of '0'/'1' (one per fuse, in wire order). */
export async function readFuseWire(binaryPath: string): Promise<string> {
  const binary = await readFile(binaryPath);
  const sentinel = binary.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (sentinel === -1) throw new Error(`${binaryPath} has no fuse wire`);
  const at = sentinel + FUSE_SENTINEL.length;
  const length = binary[at + 1] ?? 0;
  return binary.subarray(at + 2, at + 2 + length).toString('latin1');
}
