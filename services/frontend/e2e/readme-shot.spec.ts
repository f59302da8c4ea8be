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
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, 'alice');
  await page.getByTestId('series-item').filter({ hasText: 'temperature.temp' }).click();
  await page.getByTestId('range-select').selectOption('30d');
  await expect(page.getByTestId('chart')).toHaveAttribute('data-points', /^[1-9]\d{2,}$/);
  await page.mouse.move(900, 330); // the cursor shows the legend's values
  await page.screenshot({ path: out!, fullPage: false });
});
