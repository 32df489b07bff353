// The long calibration run behind docs/analysis.md: the same scenarios as
// tests/shared/analysis/calibration.test.ts, over more seeds (5,000 unless
// given, e.g. `npm run calibrate -- 20000`), printing every rate it measured.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = process.argv[2] ?? '5000';
if (!/^[1-9]\d{0,6}$/.test(seeds)) {
  console.error(`The number of seeds should be a whole number, not “${seeds}”.`);
  process.exit(2);
}
const run = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/shared/analysis/calibration.test.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FORKCAST_CALIBRATION_SEEDS: seeds } },
);
process.exit(run.status ?? 1);
