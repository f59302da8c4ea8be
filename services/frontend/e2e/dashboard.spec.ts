/**
 * The whole path in a real browser: points published to RabbitMQ in this run go through the
 * consumer into InfluxDB, out of the API behind the gateway, into the SPA signed in through the
 * provider's real login page. Each test's data carries this run's `run` tag, so reruns against
 * a long-lived stack (`make up`) stay independent.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { type Point, keycloakLogin, ownerOf, publish, shot, signIn, stack, storedCount } from './stack';

const RUN = `r${Date.now().toString(36)}`;

/** Never an integer: JSON has one number type, and the consumer stores integral numbers as
 *  64-bit integers, which InfluxDB refuses to mix with floats in one field. */
const float = (v: number) => (Number.isInteger(v) ? v + 0.5 : v);

/** `count` points ending one second ago, one every 5 s, with the given last value. */
function series(measurement: string, count: number, last: number): Point[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    measurement,
    tags: { sensor: 's1', run: RUN },
    fields: { value: float(i === count - 1 ? last : Math.round((20 + 5 * Math.sin(i / 8)) * 100) / 100) },
    timeMs: now - 1_000 - (count - 1 - i) * 5_000,
  }));
}

const DATA = {
  alice: { measurement: 'e2e_temperature', count: 120, last: 23.5 },
  bob: { measurement: 'e2e_power', count: 80, last: 51.25 },
  admin: { measurement: 'e2e_load', count: 30, last: 0.75 },
} as const;
type User = keyof typeof DATA;

test.beforeAll(async () => {
  // Each user's data is published under their owner: the Keycloak id their tokens carry as `sub`.
  for (const [user, d] of Object.entries(DATA)) await publish(ownerOf(user), series(d.measurement, d.count, d.last));
  // Stored means it went through the queue and the consumer: InfluxDB is the proof.
  for (const [user, d] of Object.entries(DATA)) {
    await expect.poll(() => storedCount(ownerOf(user), d.measurement, RUN), { timeout: 30_000 }).toBe(d.count);
  }
});

// Every test: the page must run under its Content-Security-Policy without a single violation.
let violations: string[] = [];
test.beforeEach(({ page }) => {
  violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
});
test.afterEach(() => {
  expect(violations).toEqual([]);
});

const items = (page: Page) => page.getByTestId('series-item');

async function ownersListed(page: Page): Promise<Set<string | null>> {
  await expect(items(page).first()).toBeVisible();
  return new Set(await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-owner'))));
}

/** Narrows the catalog to this run's series and charts the one of `user`. */
async function chartRunSeries(page: Page, user: User): Promise<void> {
  await page.getByLabel('Filter').fill(RUN);
  const item = items(page).filter({ hasText: `${DATA[user].measurement}.value` });
  await item.click();
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('chart')).toHaveAttribute('data-points', String(DATA[user].count));
  await expect(page.getByTestId('last-value')).toHaveText(String(DATA[user].last));
  await expect(page.locator('[data-testid=chart] canvas')).toBeVisible();
}

for (const user of ['alice', 'bob'] as const) {
  test(`${user} sees only their own series, charted from RabbitMQ and InfluxDB`, async ({ page }) => {
    const served = await page.request.get(stack().gateway_url);
    const csp = served.headers()['content-security-policy'];
    expect(csp).toContain(`connect-src 'self' ${new URL(stack().issuer_url).origin};`);
    await signIn(page, user);
    await expect(page.locator('.role')).toHaveText(['user']);
    await expect(page.getByTestId('owner-select')).toHaveCount(0);
    expect(await ownersListed(page)).toEqual(new Set([ownerOf(user)]));
    await shot(page, `${user}-1-dashboard`);

    await chartRunSeries(page, user);
    // This run published for every demo user; only the user's own series is listed.
    await expect(items(page)).toHaveCount(1);
    await shot(page, `${user}-2-chart`);
  });
}

test('admin sees every owner and can narrow to one', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.locator('.role')).toHaveText(['admin', 'user']);
  const owners = page.getByTestId('owner-select').locator('option');
  await expect(owners).toContainText(['All owners', ...['admin', 'alice', 'bob'].map(ownerOf).sort()]);

  await page.getByLabel('Filter').fill(RUN);
  await expect(items(page)).toHaveCount(3);
  expect(await ownersListed(page)).toEqual(new Set(['admin', 'alice', 'bob'].map(ownerOf)));
  await shot(page, 'admin-1-all-owners');

  await page.getByTestId('owner-select').selectOption(ownerOf('bob'));
  await expect(items(page)).toHaveCount(1);
  expect(await ownersListed(page)).toEqual(new Set([ownerOf('bob')]));
  await chartRunSeries(page, 'bob');
  await shot(page, 'admin-2-bob');
});

test('live mode shows a point published during the test within 5 s', async ({ page }) => {
  await signIn(page, 'alice');
  await chartRunSeries(page, 'alice');
  await page.getByTestId('live-toggle').check();
  await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live');

  const value = 77.125;
  const published = Date.now();
  await publish(ownerOf('alice'), [
    { measurement: DATA.alice.measurement, tags: { sensor: 's1', run: RUN }, fields: { value }, timeMs: published },
  ]);
  await expect(page.getByTestId('last-value')).toHaveText(String(value), { timeout: 5_000 });
  const seenAfterMs = Date.now() - published;
  await expect(page.getByTestId('chart')).toHaveAttribute('data-points', String(DATA.alice.count + 1));
  test.info().annotations.push({ type: 'live latency', description: `${seenAfterMs} ms` });
  console.log(`live: point shown ${seenAfterMs} ms after publishing`);
  expect(seenAfterMs).toBeLessThan(5_000);
  await shot(page, 'alice-3-live');
});

test('the SPA renews the access token with the refresh token and keeps working', async ({ page }) => {
  const ttl = stack().access_token_ttl_s;
  test.skip(ttl > 60, 'needs short-lived access tokens (make e2e starts the stack with --access-ttl 30)');
  // Keycloak rotates refresh tokens (single use): a second renewal proves the SPA keeps the new one.
  test.setTimeout((ttl * 2 + 60) * 1000);
  await signIn(page, 'bob');
  const token = () => page.evaluate(() => sessionStorage.getItem('access_token'));
  const first = await token();
  expect(first).toBeTruthy();
  // angular-oauth2-oidc renews at 75 % of the lifetime.
  await expect.poll(token, { timeout: ttl * 1000 + 10_000, intervals: [1_000] }).not.toBe(first);
  const second = await token();
  await expect.poll(token, { timeout: ttl * 1000 + 10_000, intervals: [1_000] }).not.toBe(second);
  await page.waitForTimeout((ttl * 1000) / 4 + 5_000); // the first tokens have now expired
  const reload = page.waitForResponse((r) => r.url().includes('/api/data'));
  await page.getByTestId('refresh').click();
  expect((await reload).status()).toBe(200);
  await expect(page.getByTestId('user-name')).toBeVisible();
});

test('sign-out ends the provider session and discards the tokens', async ({ page }) => {
  await signIn(page, 'alice');
  await expect(items(page).first()).toBeVisible();
  const tokenKeys = () =>
    page.evaluate(() => ['access_token', 'refresh_token', 'id_token'].filter((k) => sessionStorage.getItem(k)));
  expect(await tokenKeys()).toEqual(['access_token', 'refresh_token', 'id_token']);

  const apiCalls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const toApi = url.pathname.startsWith('/api/') || url.pathname.startsWith('/timeseries.v1.');
    if (toApi || request.headers()['authorization']) apiCalls.push(`${request.method()} ${url.pathname}`);
  });

  // RP-initiated logout at Keycloak (with the ID token as hint: no confirmation page), back to the SPA.
  const logout = page.waitForRequest((r) => r.url().startsWith(`${stack().issuer_url}/protocol/openid-connect/logout`));
  await page.getByTestId('sign-out').click();
  await logout;
  await expect(page.getByTestId('sign-in-view')).toBeVisible();
  await expect(page.getByTestId('user')).toHaveCount(0);
  expect(await tokenKeys()).toEqual([]);
  await shot(page, 'signout-2-signed-out');

  await page.waitForTimeout(3_000); // time for any leftover timer or stream to show itself
  expect(apiCalls).toEqual([]);

  // The provider session is gone: signing in again asks for the password.
  await page.getByTestId('sign-in').click();
  await expect(page.locator('input[name=password]')).toBeVisible();
  expect(apiCalls).toEqual([]);
  await keycloakLogin(page, 'alice');
  await expect(items(page).first()).toBeVisible();
  expect(apiCalls.length).toBeGreaterThan(0); // calls resume only after the new sign-in
});

test('works on a narrow screen and by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'bob');
  await page.getByLabel('Filter').fill(RUN);
  await expect(items(page)).toHaveCount(1);
  await items(page).focus();
  await page.keyboard.press('Enter');
  await expect(items(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('chart')).toHaveAttribute('data-points', String(DATA.bob.count));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('[data-testid=chart] .plot')).toHaveAttribute('aria-label', /Line chart of e2e_power\.value/);
  await shot(page, 'bob-narrow');
});

/** WCAG 2 A/AA rules of axe-core that a person would feel (serious or critical). */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('sign-in view and dashboard pass axe-core WCAG 2.1 AA checks', async ({ page }) => {
  await page.goto(stack().gateway_url);
  await expect(page.getByTestId('sign-in-view')).toBeVisible();
  expect(await accessibilityProblems(page)).toEqual([]);
  await signIn(page, 'admin');
  await chartRunSeries(page, 'admin'); // alice's series has grown by the live test's point
  await page.getByTestId('live-toggle').check();
  await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live');
  expect(await accessibilityProblems(page)).toEqual([]);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  /** Computed colours of the page, the chart's panel and the first legend entry's swatch. */
  const colours = (page: Page) =>
    page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        page: style('body').backgroundColor,
        text: style('body').color,
        panel: style('section.panel').backgroundColor,
        swatch: style('[data-testid=legend-entry] .swatch').borderTopColor,
      };
    });

  type Rgb = [number, number, number];
  /** Opaque pixels of the chart's canvas within 30 of each colour (axis labels are drawn in --fg). */
  const pixelsNear = <K extends string>(page: Page, targets: Record<K, Rgb>): Promise<Record<K, number>> =>
    page.locator('[data-testid=chart] canvas').evaluate((element, targets: Record<string, Rgb>) => {
      const canvas = element as HTMLCanvasElement;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const counts: Record<string, number> = Object.fromEntries(Object.keys(targets).map((k) => [k, 0]));
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] < 250) continue;
        for (const [name, [r, g, b]] of Object.entries(targets)) {
          if (Math.hypot(data[i] - r, data[i + 1] - g, data[i + 2] - b) < 30) counts[name]++;
        }
      }
      return counts;
    }, targets as Record<string, Rgb>) as Promise<Record<K, number>>;
  const LIGHT_TEXT: Rgb = [226, 232, 240]; // --fg, dark scheme
  const DARK_TEXT: Rgb = [31, 41, 51]; // --fg, light scheme

  test('the page and the chart follow prefers-color-scheme, and axe-core stays green', async ({ page }) => {
    await page.goto(stack().gateway_url);
    await expect(page.getByTestId('sign-in-view')).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 23, 42)');
    expect(await accessibilityProblems(page)).toEqual([]); // the sign-in button's text on the light accent

    await signIn(page, 'admin');
    await chartRunSeries(page, 'admin');
    expect(await colours(page)).toEqual({
      page: 'rgb(15, 23, 42)',
      text: 'rgb(226, 232, 240)',
      panel: 'rgb(30, 41, 59)',
      swatch: 'rgb(0, 130, 204)', // the dark palette's first colour
    });
    // The canvas too: axis labels in the light text colour, none in the dark one.
    const dark = await pixelsNear(page, { light: LIGHT_TEXT, dark: DARK_TEXT });
    expect(dark.light).toBeGreaterThan(10);
    expect(dark.dark).toBe(0);
    await shot(page, 'admin-dark');
    expect(await accessibilityProblems(page)).toEqual([]);
    // A hidden series' legend entry stays readable too.
    await page.getByTestId('legend-entry').click();
    await expect(page.getByTestId('legend-entry')).toHaveAttribute('aria-pressed', 'false');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByTestId('legend-entry').click();
    await expect(page.getByTestId('legend-entry')).toHaveAttribute('aria-pressed', 'true');

    // The system switches to light while the page is open: the page and the chart follow.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => colours(page)).toEqual({
      page: 'rgb(245, 247, 250)',
      text: 'rgb(31, 41, 51)',
      panel: 'rgb(255, 255, 255)',
      swatch: 'rgb(0, 114, 178)',
    });
    await expect.poll(async () => (await pixelsNear(page, { dark: DARK_TEXT })).dark).toBeGreaterThan(10);
    await page.getByTestId('legend-entry').click();
    await expect(page.getByTestId('legend-entry')).toHaveAttribute('aria-pressed', 'false');
    expect(await accessibilityProblems(page)).toEqual([]); // the hidden entry, light
  });
});
