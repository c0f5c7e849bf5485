/**
 * Passed and failed counts from the test runners' JSON reports, for scripts/test-all.mjs.
 *
 * Vitest's numFailedTestSuites counts every failed describe block as well as every failed file, so a
 * failing test inside a describe would count three times if added to numFailedTests. A test counts
 * once; a file counts only when it failed without any failed test (it did not load, or failed outside
 * its tests), since its failure is otherwise already in the count.
 */

/** @param {{ numPassedTests: number, numFailedTests: number, testResults?: { status: string, assertionResults?: { status: string }[] }[] }} report */
export function countVitest(report) {
  const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')).length;
  return { pass: report.numPassedTests, fail: report.numFailedTests + brokenFiles };
}

/** @param {{ stats: { expected: number, flaky: number, unexpected: number }, errors?: unknown[] }} report */
export function countPlaywright(report) {
  // Errors outside any test (a spec file that did not load) are counted as failures too.
  return { pass: report.stats.expected + report.stats.flaky, fail: report.stats.unexpected + (report.errors?.length ?? 0) };
}
