import { InjectionToken } from '@angular/core';

/**
 * Runtime configuration, served as `/config.json` beside index.html so that one image serves
 * every environment (the deployment mounts its own file).
 */
export interface AppConfig {
  /** OIDC issuer URL (discovery is read from `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  /** Public OIDC client of the SPA (Authorization Code + PKCE). */
  clientId: string;
  /** Base URL of the API (REST under `/api/`, gRPC-Web under `/timeseries.v1.TimeseriesService/`);
   *  empty means the SPA's own origin, as behind the Gateway. */
  apiBaseUrl: string;
  /** Base URL of the gRPC-Web endpoint (the live stream); defaults to `apiBaseUrl`. */
  grpcWebBaseUrl: string;
  /** Scopes requested at sign-in. Keycloak issues a refresh token bound to the sign-in session
   *  without `offline_access` (an offline token would outlive the session: not for a browser). */
  scope: string;
  /** Extra authorization request parameters, e.g. `{"prompt": "login"}`. */
  authParams: Record<string, string>;
}

export const APP_CONFIG = new InjectionToken<AppConfig>('APP_CONFIG');

const DEFAULTS: Omit<AppConfig, 'issuer' | 'grpcWebBaseUrl'> = {
  clientId: 'timeseries-spa',
  apiBaseUrl: '',
  scope: 'openid profile email',
  authParams: {},
};

/** Validates the raw JSON of `/config.json`; throws an Error naming the bad key. */
export function parseConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('config.json must hold a JSON object');
  }
  const value = raw as Record<string, unknown>;
  const text = (key: keyof AppConfig, fallback?: string): string => {
    const v = value[key] ?? fallback;
    if (typeof v !== 'string') throw new Error(`config.json: "${key}" must be a string`);
    return v;
  };
  const issuer = text('issuer').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(issuer)) throw new Error('config.json: "issuer" must be an http(s) URL');
  const baseUrl = (key: 'apiBaseUrl' | 'grpcWebBaseUrl', fallback: string): string => {
    const url = text(key, fallback).replace(/\/+$/, '');
    if (url && !/^https?:\/\/[^/]/.test(url)) throw new Error(`config.json: "${key}" must be empty or an http(s) URL`);
    return url;
  };
  const apiBaseUrl = baseUrl('apiBaseUrl', DEFAULTS.apiBaseUrl);
  const grpcWebBaseUrl = baseUrl('grpcWebBaseUrl', apiBaseUrl);
  const authParams = value['authParams'] ?? DEFAULTS.authParams;
  if (
    typeof authParams !== 'object' ||
    authParams === null ||
    Object.values(authParams).some((v) => typeof v !== 'string')
  ) {
    throw new Error('config.json: "authParams" must map names to strings');
  }
  return {
    issuer,
    clientId: text('clientId', DEFAULTS.clientId),
    apiBaseUrl,
    grpcWebBaseUrl,
    scope: text('scope', DEFAULTS.scope),
    authParams: authParams as Record<string, string>,
  };
}

/** Fetches `/config.json` (never cached: nginx serves it no-cache). */
export async function loadConfig(fetchFn: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchFn('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return parseConfig(await response.json());
}
