import { z } from 'zod';
import { isExportPath } from './paths';

/**
 * The record an export folder keeps of what Forkcast wrote into it, so a
 * later export replaces only files that still hold exactly what Forkcast
 * wrote, and leaves every other file (the user's own notes, a day edited in
 * another app) alone. It lives in a hidden folder of the export, so it
 * travels with the folder when a sync tool copies it to another machine.
 *
 * The file is JSON, versioned, and parsed with a schema like everything read
 * from disk: a damaged or foreign manifest is reported and never trusted.
 */

export const MANIFEST_FOLDER = '.forkcast';
export const MANIFEST_PATH = `${MANIFEST_FOLDER}/manifest.json`;
const FORMAT = 'forkcast-markdown-folder';
export const MANIFEST_VERSION = 1;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hash in hex');
export const exportPathSchema = z.string().max(40).refine(isExportPath, 'is not a file a markdown export writes');

/** What Forkcast wrote at one path: the SHA-256 of its bytes, and how many there were. */
export const writtenFileSchema = z.object({ sha256: sha256Schema, bytes: z.number().int().min(0) });
export type WrittenFile = z.infer<typeof writtenFileSchema>;

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(MANIFEST_VERSION),
  files: z.record(exportPathSchema, writtenFileSchema),
});

/** Every file Forkcast wrote into the folder and has not seen changed since, by relative path. */
export type FolderManifest = ReadonlyMap<string, WrittenFile>;

export type ManifestReading =
  | { status: 'ok'; files: Map<string, WrittenFile> }
  /** Not valid: the reason names what is wrong, and nothing in it is used. */
  | { status: 'unusable'; reason: string }
  /** Written by a later Forkcast, whose rules this one does not know. */
  | { status: 'newer'; version: number };

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not valid';
  const where = issue.path.map(String).join(' → ');
  return where ? `${where} ${issue.message}` : issue.message;
}

/** Reads a manifest's text; anything but a valid manifest of this version is reported, not half-used. */
export function parseManifest(text: string): ManifestReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'unusable', reason: 'it is not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT) {
    return { status: 'unusable', reason: 'it is not a Forkcast manifest' };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > MANIFEST_VERSION) {
    return { status: 'newer', version };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return { status: 'unusable', reason: describeIssue(parsed.error) };
  return { status: 'ok', files: new Map(Object.entries(parsed.data.files)) };
}

/** The manifest's text: paths sorted, one per line, so it changes only where files did. */
export function renderManifest(written: FolderManifest): string {
  // Paths are export paths and hashes hex, so nothing needs escaping; this is JSON.stringify's output, faster.
  const lines = [...written.keys()].sort().map((path) => {
    const file = written.get(path);
    return `    "${path}": {"sha256":"${file?.sha256}","bytes":${file?.bytes}}`;
  });
  const files = lines.length > 0 ? `{\n${lines.join(',\n')}\n  }` : '{}';
  return `{\n  "format": "${FORMAT}",\n  "version": ${MANIFEST_VERSION},\n  "files": ${files}\n}\n`;
}
