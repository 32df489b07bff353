// `npm run test:proofs`, the last step of `npm test`: every security claim in
// SECURITY.md and the Electron checklist must rest on tests that ran in this
// `npm test` (whose Vitest JSON reports it reads), passed, and asserted
// something. See proofs.mjs for the rules.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimsInSecurityDoc, testsInReports, unprovenClaims } from './proofs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Written by the unit and end-to-end runs of `npm test` (see package.json). */
const REPORTS = ['test-results/unit.json', 'test-results/e2e.json'];

async function readJson(file) {
  try {
    return JSON.parse(await readFile(path.join(root, file), 'utf8'));
  } catch (error) {
    console.error(`check-proofs: cannot read ${file} (${error.message}); \`npm test\` writes it before this step.`);
    process.exit(1);
  }
}

const tests = testsInReports(await Promise.all(REPORTS.map(readJson)), root);
/** @type {{ item: string; proofs: { file: string; test: string }[] }[]} */
const checklist = await readJson('tests/electron/securityChecklist.json');
const claims = [
  ...checklist.flatMap(({ item, proofs }) =>
    proofs.map(({ file, test }) => ({ source: `Electron checklist, ${item}`, file, title: test })),
  ),
  ...claimsInSecurityDoc(await readFile(path.join(root, 'SECURITY.md'), 'utf8')),
];

const problems = unprovenClaims(claims, tests);
if (problems.length > 0) {
  console.error(`check-proofs: ${problems.length} security claim(s) not backed by a test that ran and passed:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const files = new Set(claims.map((claim) => claim.file)).size;
console.log(
  `check-proofs: all ${claims.length} security claims (${files} test files) rest on tests that ran, passed and asserted something.`,
);
