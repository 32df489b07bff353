import {
  foreignDays,
  planImportFrom,
  type CustomActivity,
  type Entry,
  type ForeignParse,
  type ImportMapping,
  type ImportPreview,
  type LocalDate,
} from '../../../shared';

/** A read source with what the preview needs to be worked out again when the mapping changes. */
export interface SourceSnapshot {
  parse: ForeignParse;
  journal: ReadonlyMap<LocalDate, Entry>;
  customActivities: CustomActivity[];
}

/**
 * The import preview of a source under a mapping: its days, compared with
 * the journal as the markdown import compares its files. Pure.
 */
export function sourcePreview(snapshot: SourceSnapshot, mapping: ImportMapping, now: Date): ImportPreview {
  const { parse, journal } = snapshot;
  const preview = planImportFrom({
    results: foreignDays(parse, mapping, journal),
    refused: parse.problems,
    current: [...journal.values()],
    now,
  });
  preview.warnings.unshift(...parse.warnings);
  return preview;
}
