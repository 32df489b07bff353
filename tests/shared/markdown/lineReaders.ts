import { isLocalDate } from '../../../shared/dates';
import { LIMITS } from '../../../shared/limits';
import { parseBody } from '../../../shared/markdown/body';
import { lf, readFrontMatterBlock, type DayFileParts } from '../../../shared/markdown/dayFileParts';
import { readFrontMatterYaml } from '../../../shared/markdown/frontMatterYaml';
import { baseName, dateInFileName, INDEX_FILE, weekInFileName } from '../../../shared/markdown/paths';
import { readSubsetScalar, type SubsetScalar, type SubsetValue } from '../../../shared/markdown/yamlSubset';
import type { PickedFile } from '../../../shared';

/**
 * The front matter readers as they were before they read by offset: the text
 * split into lines, each line split into key and value. Kept only as the
 * oracle of the differential tests (offsetReaders.test.ts); the scalars are
 * read by the same function as before, which did not change.
 */

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

function splitField(line: string, from: number): { key: string; value: string | null } | null {
  const colon = line.indexOf(':', from);
  if (colon < 0) return null;
  const key = line.slice(from, colon);
  if (!KEY.test(key)) return null;
  if (colon === line.length - 1) return { key, value: null };
  if (line.charCodeAt(colon + 1) !== 0x20 || colon + 2 === line.length) return null;
  return { key, value: line.slice(colon + 2) };
}

export function lineReadYamlSubset(text: string): Record<string, SubsetValue> | undefined {
  return lineReadYamlSubsetLines(text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n'));
}

export function lineReadYamlSubsetLines(lines: readonly string[]): Record<string, SubsetValue> | undefined {
  const fields: Record<string, SubsetValue> = {};
  for (let i = 0; i < lines.length;) {
    const top = splitField(lines[i] ?? '', 0);
    if (!top || Object.hasOwn(fields, top.key)) return undefined;
    i += 1;
    if (top.value !== null) {
      const value = readSubsetScalar(top.value);
      if (value === undefined) return undefined;
      fields[top.key] = value;
      continue;
    }
    const scalars: SubsetScalar[] = [];
    const maps: Record<string, SubsetScalar>[] = [];
    for (; i < lines.length && (lines[i] ?? '').startsWith('  '); i += 1) {
      const line = lines[i] ?? '';
      const startsItem = line.startsWith('  - ');
      const field = startsItem || line.startsWith('    ') ? splitField(line, 4) : null;
      if (field && field.value !== null && scalars.length === 0) {
        const value = readSubsetScalar(field.value);
        const current = startsItem ? {} : maps[maps.length - 1];
        if (value === undefined || !current || Object.hasOwn(current, field.key)) return undefined;
        if (startsItem) maps.push(current);
        current[field.key] = value;
        continue;
      }
      const value = !startsItem || line.length === 4 || maps.length > 0 ? undefined : readSubsetScalar(line.slice(4));
      if (value === undefined) return undefined;
      scalars.push(value);
    }
    if (scalars.length === 0 && maps.length === 0) return undefined;
    fields[top.key] = maps.length > 0 ? maps : scalars;
  }
  return fields;
}

const CLOSING = /^(---|\.\.\.)\s*$/;

function listedPrompts(raw: Record<string, unknown>): string[] {
  const { prompts } = raw;
  return Array.isArray(prompts) && prompts.every((id) => typeof id === 'string') ? prompts : [];
}

/** readDayFileParts as it was: the front matter gathered as lines, read by the line reader above (the full parser when it says no). */
export function lineReadDayFileParts(file: PickedFile): DayFileParts {
  const { name } = file;
  const failed = (reason: string): DayFileParts => ({ status: 'failed', name, reason });
  if (baseName(name).toLowerCase() === INDEX_FILE) return { status: 'ignored', name };
  if (weekInFileName(name) !== null) return { status: 'review', name, front: readFrontMatterBlock(file.text) };

  const claimed = dateInFileName(name);
  if (claimed === null) return failed('is not named after a day (YYYY-MM-DD.md), so it is unclear which day it holds');
  if (!isLocalDate(claimed)) return failed(`is named after ${claimed}, which is not a real calendar date`);

  const text = lf(file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
  const lineEnd = (from: number) => {
    const at = text.indexOf('\n', from);
    return at < 0 ? text.length : at;
  };
  const firstEnd = lineEnd(0);
  if (text.slice(0, firstEnd).trimEnd() !== '---') {
    return failed('has no front matter (the block between --- lines at the top)');
  }
  const frontLines: string[] = [];
  let closeStart = -1;
  let bodyStart = -1;
  for (let from = firstEnd + 1; from <= text.length;) {
    const end = lineEnd(from);
    const line = text.slice(from, end);
    if ((line.startsWith('---') || line.startsWith('...')) && CLOSING.test(line)) {
      closeStart = from;
      bodyStart = end + 1;
      break;
    }
    frontLines.push(line);
    from = end + 1;
  }
  if (bodyStart < 0) return failed('has front matter that is never closed by a --- line');

  const frontChars = closeStart - firstEnd - 2;
  if (frontChars > LIMITS.frontMatterChars) {
    return failed(
      `has a front matter of ${frontChars.toLocaleString('en')} characters, more than the ${LIMITS.frontMatterChars.toLocaleString('en')} Forkcast reads`,
    );
  }

  const subset = lineReadYamlSubsetLines(frontLines);
  const front = subset
    ? { ok: true as const, raw: subset, canonical: true }
    : readFrontMatterYaml(frontLines.join('\n'));
  if (!front.ok) return failed(front.reason);
  const dateField = front.raw.date;
  const date = typeof dateField === 'string' && isLocalDate(dateField) ? dateField : claimed;
  const body = parseBody(text.slice(bodyStart), date, listedPrompts(front.raw));
  return { status: 'read', name, claimed, raw: front.raw, canonical: front.canonical, body };
}
