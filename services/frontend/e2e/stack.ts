/** The local topology as the e2e tests see it: its state file, publishing, InfluxDB reads, sign-in. */
import { type Page, expect } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StackState {
  gateway_url: string;
  api_url: string;
  issuer_url: string;
  access_token_ttl_s: number;
  amqp_vhost: string;
  rabbitmq_management_url: string;
  rabbitmq_user: string;
  rabbitmq_password: string;
  influx_url: string;
  influx_db: string;
  /** Read-only, like the API's (InfluxDB 2 answers no query without a token). */
  influx_token: string;
  /** The demo users; `id` is the fixed Keycloak id, the `sub` of their tokens and their owner. */
  users: { username: string; id: string; password: string; roles: string[] }[];
}

export function stack(): StackState {
  const path = process.env['STACK_JSON'];
  if (!path) throw new Error('STACK_JSON must name the state file of `python -m tests.stack.dev up`');
  return JSON.parse(readFileSync(path, 'utf8')) as StackState;
}

export const ARTIFACTS = join(__dirname, '../../../test-artifacts/e2e/');
mkdirSync(ARTIFACTS, { recursive: true });

export interface Point {
  measurement: string;
  tags: Record<string, string>;
  fields: Record<string, number>;
  /** Epoch milliseconds (sent as RFC 3339). */
  timeMs: number;
}

/**
 * Publishes one message of the queue contract (DESIGN.md) to exchange `timeseries` through the
 * RabbitMQ management API: a real publish into the broker, persistent, routed by `points.<owner>`,
 * with `user_id` = owner as the owner's own publisher sends it (the strict consumer takes the
 * owner from it; the harness's broker user may impersonate, no chart user may).
 */
export async function publish(owner: string, points: Point[]): Promise<void> {
  const s = stack();
  const body = JSON.stringify({
    owner,
    points: points.map(({ timeMs, ...p }) => ({ ...p, time: new Date(timeMs).toISOString() })),
  });
  const response = await fetch(
    `${s.rabbitmq_management_url}/api/exchanges/${encodeURIComponent(s.amqp_vhost)}/timeseries/publish`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${s.rabbitmq_user}:${s.rabbitmq_password}`).toString('base64')}`,
      },
      body: JSON.stringify({
        properties: { content_type: 'application/json', delivery_mode: 2, user_id: owner },
        routing_key: `points.${owner}`,
        payload: body,
        payload_encoding: 'string',
      }),
    },
  );
  expect(response.ok, await response.clone().text()).toBe(true);
  expect(await response.json()).toEqual({ routed: true });
}

/** Points of one measurement and owner stored in InfluxDB (InfluxQL on the read endpoint), in
 *  the storage layout: each owner's measurements are named `<owner>/<measurement>`. */
export async function storedCount(owner: string, measurement: string, run: string): Promise<number> {
  const s = stack();
  const q = `SELECT count("value"::field) FROM "${owner}/${measurement}" WHERE "run"::tag = '${run}'`;
  const response = await fetch(`${s.influx_url}/query?db=${encodeURIComponent(s.influx_db)}&q=${encodeURIComponent(q)}`, {
    headers: { Authorization: `Token ${s.influx_token}` },
  });
  const json = (await response.json()) as { results: { series?: { values: [string, number][] }[] }[] };
  return json.results[0]?.series?.[0]?.values[0]?.[1] ?? 0;
}

function demoUser(username: string): StackState['users'][number] {
  const user = stack().users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
}

export function password(username: string): string {
  return demoUser(username).password;
}

/** The owner a demo user's data is stored under: their immutable Keycloak id (`sub`). */
export function ownerOf(username: string): string {
  return demoUser(username).id;
}

/** Fills in Keycloak's own login form (the page the SPA sent the browser to). */
export async function keycloakLogin(page: Page, username: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${stack().issuer_url}/protocol/openid-connect/auth`));
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password(username));
  await page.locator('#kc-login').click();
}

/** Signs in through Keycloak's real login page; returns on the dashboard. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(stack().gateway_url);
  await page.getByTestId('sign-in').click();
  await keycloakLogin(page, username);
  await expect(page.getByTestId('user-name')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${stack().gateway_url}/`));
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}
