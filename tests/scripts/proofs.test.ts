import { describe, expect, it } from 'vitest';
import { claimsInSecurityDoc, testsInReports, titlePattern, unprovenClaims } from '../../scripts/proofs.mjs';

/** A Vitest JSON report of one file, as its JSON reporter writes it. */
function report(
  tests: { title: string; status?: string; assertions?: number | null }[],
  file = '/repo/tests/a.test.ts',
) {
  return {
    testResults: [
      {
        name: file,
        assertionResults: tests.map(({ title, status = 'passed', assertions = 2 }) => ({
          title,
          fullName: `suite ${title}`,
          status,
          meta: assertions === null ? {} : { assertions },
        })),
      },
    ],
  };
}

const ran = (...tests: Parameters<typeof report>[0]) => testsInReports([report(tests)], '/repo');
const claim = { source: 'SECURITY.md, "Offline."', file: 'tests/a.test.ts' };

describe('unprovenClaims', () => {
  it('accepts a claim whose tests all ran, passed and asserted something', () => {
    const tests = ran({ title: 'blocks requests' }, { title: 'denies devices', assertions: 1 });
    expect(unprovenClaims([claim, { ...claim, title: 'blocks requests' }], tests)).toEqual([]);
  });

  it('refuses a named test that was skipped, left as a todo or failed', () => {
    for (const status of ['skipped', 'todo', 'failed', 'pending']) {
      const problems = unprovenClaims(
        [{ ...claim, title: 'blocks requests' }],
        ran({ title: 'blocks requests', status }),
      );
      expect(problems, status).toEqual([
        `SECURITY.md, "Offline.": tests/a.test.ts › "suite blocks requests" ${status}`,
      ]);
    }
  });

  it('refuses a test that is gone (deleted, renamed or commented out), or a file that never ran', () => {
    expect(unprovenClaims([{ ...claim, title: 'blocks requests' }], ran({ title: 'something else' }))).toEqual([
      'SECURITY.md, "Offline.": tests/a.test.ts › "blocks requests" did not run (no such test in the reports)',
    ]);
    expect(unprovenClaims([{ ...claim, file: 'tests/b.test.ts' }], ran({ title: 'blocks requests' }))).toHaveLength(1);
  });

  it('refuses an emptied test, which passes asserting nothing, and one whose count was not recorded', () => {
    expect(unprovenClaims([claim], ran({ title: 'blocks requests', assertions: 0 }))).toEqual([
      'SECURITY.md, "Offline.": tests/a.test.ts › "suite blocks requests" asserted nothing',
    ]);
    expect(unprovenClaims([claim], ran({ title: 'blocks requests', assertions: null }))[0]).toMatch(
      /no assertion count/,
    );
  });

  it('holds a file claim to every test in the file', () => {
    const tests = ran({ title: 'blocks requests' }, { title: 'denies devices', status: 'skipped' });
    expect(unprovenClaims([claim], tests)).toEqual([
      'SECURITY.md, "Offline.": tests/a.test.ts › "suite denies devices" skipped',
    ]);
  });

  it('matches it.each titles through their placeholders, and needs every case to pass', () => {
    const tests = ran(
      { title: 'will-navigate blocks every foreign URL' },
      { title: 'will-redirect blocks every foreign URL' },
    );
    expect(unprovenClaims([{ ...claim, title: '%s blocks every foreign URL' }], tests)).toEqual([]);
    const oneSkipped = ran(
      { title: 'will-navigate blocks every foreign URL' },
      { title: 'will-redirect blocks every foreign URL', status: 'skipped' },
    );
    expect(unprovenClaims([{ ...claim, title: '%s blocks every foreign URL' }], oneSkipped)).toHaveLength(1);
  });
});

describe('titlePattern', () => {
  it('turns printf and $name placeholders into wildcards and escapes the rest', () => {
    expect(
      titlePattern('a save failing with $error keeps the text').test('a save failing with AbortError keeps the text'),
    ).toBe(true);
    expect(titlePattern('denies %s even to the app').test('denies hid even to the app')).toBe(true);
    expect(titlePattern('costs (a lot) $1.00?').test('costs (a lot) $1.00?')).toBe(true);
    expect(titlePattern('blocks requests').test('blocks requests twice')).toBe(false);
  });
});

describe('claimsInSecurityDoc', () => {
  it('reads each promise row’s test files and quoted test titles, and nothing else', () => {
    const markdown = [
      '| Promise | Proved by |',
      '| --- | --- |',
      '| **Offline.** No request leaves. | `tests/e2e/offline.e2e.ts` (every view), `tests/a.test.ts` ("blocks requests"), lint (`@microsoft/sdl`) |',
      '| **Safe.** Text is text. | `tests/e2e/xss.e2e.ts`, Electronegativity (`npm run security:electronegativity`) |',
      '',
      '| System | Folder |',
      '| Linux | `~/.config/Forkcast/` |',
    ].join('\n');
    expect(claimsInSecurityDoc(markdown)).toEqual([
      { source: 'SECURITY.md, "Offline."', file: 'tests/e2e/offline.e2e.ts' },
      { source: 'SECURITY.md, "Offline."', file: 'tests/a.test.ts', title: 'blocks requests' },
      { source: 'SECURITY.md, "Safe."', file: 'tests/e2e/xss.e2e.ts' },
    ]);
  });
});
