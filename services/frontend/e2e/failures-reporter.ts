import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Lines of each failure's message repeated at the end. */
const LINES = 12;

const base = (file: string) => file.split('/').pop();

/**
 * Repeats each failed attempt's error at the very end of the run, after the list reporter's
 * summary: a CI log often keeps only its last lines, and there the list reporter shows a
 * failure's attachments (screenshot, trace paths) but not what failed. A test that passed on
 * its retry is listed too, as flaky, with the error of the attempt that failed: a retry must not
 * hide what went wrong once.
 */
export default class FailuresReporter implements Reporter {
  private readonly failed: [TestCase, TestResult][] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== test.expectedStatus && result.status !== 'skipped') this.failed.push([test, result]);
  }

  onEnd(): void {
    if (!this.failed.length) return;
    const lines = this.failed.map(([test, result]) => {
      // Where it failed (the assertion's line), not only where the test starts.
      const at = result.errors.find((e) => e.location)?.location;
      const where = `${base(test.location.file)}:${test.location.line}${at ? `, failed at ${base(at.file)}:${at.line}` : ''}`;
      const outcome = test.outcome() === 'flaky' ? 'flaky: passed on a retry' : 'failed';
      const message = result.errors.map((e) => e.message ?? e.value ?? '').join('\n');
      const text = message.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim());
      return [`✘ ${where} › ${test.title} (attempt ${result.retry + 1}: ${result.status} after ${result.duration} ms; ${outcome})`, ...text.slice(0, LINES).map((l) => `    ${l}`)].join('\n');
    });
    console.log(`\nFailed attempts (their full output is above):\n${lines.join('\n')}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
