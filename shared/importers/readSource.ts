import { unzipSync } from 'fflate';
import type { PickedFile } from '../bridge';
import type { FileProblem } from '../markdown/importPlan';
import { isHiddenName } from '../markdown/paths';
import { isSafeArchiveName } from '../markdown/zipArchive';
import { looksLikeDaylio, parseDaylio } from './daylio';
import { looksLikeDayOne, parseDayOne } from './dayOne';
import { SOURCE_NAMES, SourceError, type ForeignParse, type SourceKind } from './foreignEntry';
import { looksLikeJrnl, parseJrnl } from './jrnl';
import { SOURCE_LIMITS } from './pickLimits';
import { parseObsidian } from './obsidian';
import { isRedNotebookMonth, parseRedNotebook } from './redNotebook';

/**
 * Reads what the user picked from another journal app: decides which app
 * wrote it from its content, and parses it. Pure (no DOM, no Node), so the
 * import worker runs it and tests run it on fixtures.
 */

/** A picked file's bytes, named relative to what was picked. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/** Decodes a file as strict UTF-8 text, or says why it is not (binary, another or mixed encoding). */
export type DecodeText = (name: string, bytes: Uint8Array) => PickedFile | FileProblem;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The journal JSON files inside a Day One zip, refused whole before inflating when they would be too large. */
function dayOneJsonIn(zip: SourceFile): SourceFile[] {
  let total = 0;
  const take = (name: string) =>
    isSafeArchiveName(name) && /\.json$/i.test(name) && !name.includes('/') && !isHiddenName(name);
  try {
    unzipSync(zip.bytes, {
      filter: ({ name, originalSize }) => {
        if (take(name)) total += originalSize;
        return false;
      },
    });
  } catch (error) {
    throw new SourceError(
      `${zip.name} is not a zip archive that can be read${error instanceof Error ? ` (${error.message})` : ''}. Nothing was imported.`,
    );
  }
  if (total > SOURCE_LIMITS.exportBytes) {
    throw new SourceError(
      `The journal in ${zip.name} would unpack to ${megabytes(total)}, more than the ${megabytes(SOURCE_LIMITS.exportBytes)} Forkcast imports at once. Nothing was imported.`,
    );
  }
  const files = unzipSync(zip.bytes, { filter: ({ name }) => take(name) });
  const found = Object.entries(files).map(([name, bytes]) => ({ name: `${zip.name}/${name}`, bytes }));
  if (found.length === 0)
    throw new SourceError(
      `${zip.name} holds no journal JSON at its top level, so it is not a Day One export. Nothing was imported.`,
    );
  return found;
}

function parseJson(file: PickedFile): ForeignParse | FileProblem {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return {
      name: file.name,
      reason: `is not whole JSON (${error instanceof Error ? error.message : 'unreadable'}); it may be cut short`,
    };
  }
  if (looksLikeDayOne(json)) return parseDayOne(file, json);
  if (looksLikeJrnl(json)) return parseJrnl(file, json);
  return { name: file.name, reason: 'is JSON, but neither a Day One nor a jrnl export' };
}

function parseCsv(file: PickedFile): ForeignParse | FileProblem {
  if (!looksLikeDaylio(file.text))
    return { name: file.name, reason: 'is CSV, but not a Daylio export (its first row names no full_date and mood)' };
  return parseDaylio(file);
}

type Kind = SourceKind | 'unknown';

function kindOf(file: SourceFile): Kind {
  if (isZip(file.bytes) || /\.json$/i.test(file.name)) return 'dayone'; // or jrnl: JSON is told apart once parsed
  if (/\.csv$/i.test(file.name)) return 'daylio';
  if (isRedNotebookMonth(file.name)) return 'rednotebook';
  if (/\.md$/i.test(file.name)) return 'obsidian';
  return 'unknown';
}

function merge(into: ForeignParse, from: ForeignParse): void {
  into.entries.push(...from.entries);
  into.problems.push(...from.problems);
  into.warnings.push(...from.warnings);
}

/**
 * Reads picked files from one journal app. Hidden files and files no
 * importer reads are left out; a pick that mixes apps is refused, as is a
 * file that should hold a journal but cannot be read.
 */
export function readSource(
  files: readonly SourceFile[],
  options: { decode: DecodeText; dailyNoteFormat?: string },
): ForeignParse {
  const visible = files.filter((file) => !isHiddenName(file.name));
  const kinds = new Set(visible.map(kindOf).filter((kind) => kind !== 'unknown'));
  if (kinds.size === 0) {
    throw new SourceError(
      'Nothing picked is an export Forkcast reads: a Day One zip or JSON, a jrnl JSON, a Daylio CSV, a RedNotebook data folder or a folder of daily notes.',
    );
  }
  if (kinds.size > 1) {
    throw new SourceError(
      `That pick mixes ${[...kinds].map((kind) => SOURCE_NAMES[kind]).join(' and ')} files. Import one app’s export at a time.`,
    );
  }
  const kind = [...kinds][0] as SourceKind;
  const problems: FileProblem[] = [];
  const texts: PickedFile[] = [];
  for (const file of visible) {
    if (kindOf(file) !== kind) continue;
    for (const inner of isZip(file.bytes) ? dayOneJsonIn(file) : [file]) {
      const read = options.decode(inner.name, inner.bytes);
      if ('text' in read) texts.push(read);
      else problems.push(read);
    }
  }
  const result: ForeignParse = { source: kind, entries: [], problems, warnings: [] };
  if (kind === 'rednotebook') merge(result, parseRedNotebook(texts));
  else if (kind === 'obsidian') merge(result, parseObsidian(texts, options.dailyNoteFormat));
  for (const text of kind === 'daylio' || kind === 'dayone' ? texts : []) {
    const parsed = kind === 'daylio' ? parseCsv(text) : parseJson(text);
    if ('reason' in parsed) {
      result.problems.push(parsed);
      continue;
    }
    result.source = parsed.source;
    merge(result, parsed);
  }
  return result;
}
