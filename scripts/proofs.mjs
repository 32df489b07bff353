// What the security claims rest on, checked against what the test runs did.
// SECURITY.md's "Proved by" column and the Electron checklist
// (tests/electron/securityChecklist.json) name test files, and some name one
// test in a file by its title. A claim holds only if every test it names ran
// in this `npm test`, passed, and made at least one assertion: a skipped,
// commented-out, deleted or emptied test breaks it.
import path from 'node:path';

/**
 * @typedef {{ source: string; file: string; title?: string }} Claim
 *   `source` says where the claim is made, for the message.
 * @typedef {{ file: string; title: string; fullName: string; status: string; assertions: number | null }} RanTest
 */

/**
 * The tests of Vitest JSON reports, their files relative to `root` with '/'.
 * `assertions` comes from the meta that tests/recordAssertions.ts records.
 * @param {readonly unknown[]} reports
 * @param {string} root
 * @returns {RanTest[]}
 */
export function testsInReports(reports, root) {
  return reports.flatMap((report) =>
    /** @type {{ testResults: { name: string; assertionResults: { title: string; fullName: string; status: string; meta?: { assertions?: number } }[] }[] }} */ (
      report
    ).testResults.flatMap((file) =>
      file.assertionResults.map((test) => ({
        file: path.relative(root, file.name).split(path.sep).join('/'),
        title: test.title,
        fullName: test.fullName,
        status: test.status,
        assertions: typeof test.meta?.assertions === 'number' ? test.meta.assertions : null,
      })),
    ),
  );
}

/**
 * The claims SECURITY.md's promise table makes: every `tests/...` file in a
 * row's last column, and the test a quoted title right after it names.
 * @param {string} markdown
 * @returns {Claim[]}
 */
export function claimsInSecurityDoc(markdown) {
  const rows = markdown.split('\n').filter((line) => /^\|\s*\*\*/.test(line));
  return rows.flatMap((row) => {
    const cells = row.split('|').map((cell) => cell.trim());
    const promise = /\*\*(.+?)\*\*/.exec(cells[1] ?? '')?.[1] ?? row.slice(0, 40);
    const provedBy = cells.at(-2) ?? '';
    return [...provedBy.matchAll(/`(tests\/[^`]+)`(?:\s*\("([^"]+)"\))?/g)].map(([, file = '', title]) => ({
      source: `SECURITY.md, "${promise}"`,
      file,
      ...(title ? { title } : {}),
    }));
  });
}

/**
 * A declared test title as a pattern for the titles it runs under: `it.each`
 * and `test.for` fill in `%s`-style and `$name` placeholders.
 * @param {string} title
 * @returns {RegExp}
 */
export function titlePattern(title) {
  const parts = title.split(/(%[sdifjoO#%]|\$[\w.]+)/);
  const source = parts
    .map((part, index) => (index % 2 === 1 ? '.+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * One line per claim that the runs do not back: its file or test did not
 * run, or a test it names was skipped, failed, or asserted nothing.
 * @param {readonly Claim[]} claims
 * @param {readonly RanTest[]} tests
 * @returns {string[]}
 */
export function unprovenClaims(claims, tests) {
  const problems = [];
  for (const claim of claims) {
    const inFile = tests.filter((test) => test.file === claim.file);
    const named =
      claim.title === undefined ? inFile : inFile.filter((test) => titlePattern(claim.title ?? '').test(test.title));
    const what = claim.title === undefined ? claim.file : `${claim.file} › "${claim.title}"`;
    if (named.length === 0) {
      problems.push(`${claim.source}: ${what} did not run (no such test in the reports)`);
      continue;
    }
    for (const test of named) {
      if (test.status !== 'passed') problems.push(`${claim.source}: ${test.file} › "${test.fullName}" ${test.status}`);
      else if (test.assertions === null)
        problems.push(`${claim.source}: ${test.file} › "${test.fullName}" has no assertion count`);
      else if (test.assertions === 0)
        problems.push(`${claim.source}: ${test.file} › "${test.fullName}" asserted nothing`);
    }
  }
  return problems;
}
