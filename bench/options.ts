/** What `npm run bench -- <flags>` asked for. */
export interface BenchOptions {
  sizes: number[];
  /** Where to write the rows as JSON, if anywhere. */
  json: string | null;
  /** Exit non-zero when a target is missed. */
  strict: boolean;
}

export const DEFAULT_SIZES = [1_000, 10_000, 100_000];

export const USAGE = `Usage: npm run bench -- [--sizes 1000,10000] [--json FILE] [--strict]
  --sizes   journal sizes to measure (default ${DEFAULT_SIZES.join(',')})
  --json    also write the rows to FILE as JSON
  --strict  exit with status 1 when a target is missed`;

/** Parses the flags; throws with a readable message on anything unknown or malformed. */
export function parseOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, json: null, strict: false };
  for (let i = 0; i < args.length; i += 1) {
    const [flag, inline] = (args[i] ?? '').split('=', 2) as [string, string | undefined];
    const value = () => {
      const found = inline ?? args[(i += 1)];
      if (found === undefined || found === '') throw new Error(`${flag} needs a value.`);
      return found;
    };
    if (flag === '--strict') options.strict = true;
    else if (flag === '--json') options.json = value();
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
