// Types for proofs.mjs, so its TypeScript callers (the tests) are checked.

/** A security claim: a test file, and optionally one test in it by its declared title. */
export interface Claim {
  /** Where the claim is made, for the message: 'SECURITY.md, "Offline."'. */
  source: string;
  file: string;
  title?: string;
}

/** One test as a Vitest JSON report records it. */
export interface RanTest {
  file: string;
  title: string;
  fullName: string;
  status: string;
  assertions: number | null;
}

/** The tests of Vitest JSON reports, their files relative to `root`. */
export function testsInReports(reports: readonly unknown[], root: string): RanTest[];

/** The claims SECURITY.md's promise table makes. */
export function claimsInSecurityDoc(markdown: string): Claim[];

/** A declared test title as a pattern for the titles it runs under. */
export function titlePattern(title: string): RegExp;

/** One line per claim that the runs do not back. */
export function unprovenClaims(claims: readonly Claim[], tests: readonly RanTest[]): string[];
