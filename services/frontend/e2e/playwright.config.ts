import { defineConfig } from '@playwright/test';

/**
 * Browser end-to-end tests against the whole topology (`python -m tests.stack.dev up`, whose
 * state file STACK_JSON names). Driven by `make e2e` (part of `make test`). Debian's Chromium,
 * never a downloaded browser. Screenshots of every step land in test-artifacts/e2e/.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../../test-artifacts/e2e/results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // One retry, on a new worker. A failure that does not recur is not hidden: failures-reporter
  // lists it at the end as flaky, with the error of the attempt that failed.
  retries: 1,
  // The failures again at the end, where a CI log's tail shows them.
  reporter: [['list'], ['./failures-reporter.ts']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM'] || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Pages never wait on DNS: only the loopback names of the local stack resolve.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    },
  },
});
