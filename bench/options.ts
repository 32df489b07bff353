/** The bench's row groups, in the order they run; `--only` picks among them. */
export const BENCH_GROUPS = [
  'analysis',
  'markdown',
  'live folder',
  'day one import',
  'bundle',
  'storage',
  'startup',
  'search',
  'typing',
  'lock',
] as const;

export type BenchGroup = (typeof BENCH_GROUPS)[number];

/** What `npm run bench -- <flags>` asked for. */
export interface BenchOptions {
  sizes: number[];
  /** Where to write the rows as JSON, if anywhere. */
  json: string | null;
  /** Exit non-zero when a target is missed. */
  strict: boolean;
  /** The row groups to run: every group unless `--only` narrowed them. */
  groups: BenchGroup[];
}

export const DEFAULT_SIZES = [1_000, 10_000, 100_000];

export const USAGE = `Usage: npm run bench -- [--sizes 1000,10000] [--only startup,search] [--json FILE] [--strict]
  --sizes   journal sizes to measure (default ${DEFAULT_SIZES.join(',')})
  --only    run only the row groups whose name contains one of these substrings
            (groups: ${BENCH_GROUPS.join(', ')})
  --json    also write the rows to FILE as JSON
  --strict  exit with status 1 when a target is missed`;

/** The groups named by `--only`'s comma-separated substrings (case-insensitive), in run order. */
function selectGroups(value: string): BenchGroup[] {
  const wanted = value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const unmatched = wanted.filter((part) => !BENCH_GROUPS.some((group) => group.includes(part)));
  if (wanted.length === 0 || unmatched.length > 0) {
    const what =
      unmatched.length > 0
        ? `No row group matches ${unmatched.map((part) => `“${part}”`).join(', ')}`
        : 'No row group named';
    throw new Error(`--only: ${what}; the groups are ${BENCH_GROUPS.join(', ')}.`);
  }
  return BENCH_GROUPS.filter((group) => wanted.some((part) => group.includes(part)));
}

/** Parses the flags; throws with a readable message on anything unknown or malformed. */
export function parseOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, json: null, strict: false, groups: [...BENCH_GROUPS] };
  for (let i = 0; i < args.length; i += 1) {
    const [flag, inline] = (args[i] ?? '').split('=', 2) as [string, string | undefined];
    const value = () => {
      const found = inline ?? args[(i += 1)];
      if (found === undefined || found === '') throw new Error(`${flag} needs a value.`);
      return found;
    };
    if (flag === '--strict') options.strict = true;
    else if (flag === '--json') options.json = value();
    else if (flag === '--only') options.groups = selectGroups(value());
    else if (flag === '--sizes') {
      const sizes = value().split(',').map(Number);
      if (sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 200_000)) {
        throw new Error('--sizes takes whole numbers from 1 to 200,000, separated by commas.');
      }
      options.sizes = [...new Set(sizes)].sort((a, b) => a - b);
    } else throw new Error(`Unknown option: ${args[i]}`);
  }
  return options;
}
