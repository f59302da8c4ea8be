/**
 * The README's dashboard screenshot (docs/dashboard.png), taken from the real demo data of
 * `make up` (publisher → RabbitMQ → consumer → InfluxDB → API → SPA): `make screenshot`.
 * Skipped in the e2e suite, whose stack is the same but whose purpose is checking, not pictures.
 */
import { expect, test } from '@playwright/test';
import { signIn } from './stack';

test('README dashboard screenshot', async ({ page }) => {
  const out = process.env['README_SHOT'];
  test.skip(!out, 'set README_SHOT=<png path> (make screenshot)');
  await page.setViewportSize({ width: 1280, height: 940 }); // the legend included
  await signIn(page, 'admin');
  // An admin's overlay across owners: alice's hourly temperature (°F) beside bob's daily maximum
  // and minimum (°C) over 30 days.
  await page.getByTestId('series-item').filter({ hasText: 'temperature.temp' }).click();
  for (const name of ['weather.temp_max', 'weather.temp_min']) {
    await page.locator('.series-row').filter({ hasText: name }).getByTestId('overlay-toggle').click();
  }
  await page.getByTestId('range-select').selectOption('30d');
  await expect(page.getByTestId('chart')).toHaveAttribute('data-series', '3');
  await expect(page.getByTestId('chart')).toHaveAttribute('data-points', /^[1-9]\d{2,}$/);
  await page.screenshot({ path: out!, fullPage: false });
});
