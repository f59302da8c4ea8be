import { Injectable, computed, inject, signal } from '@angular/core';
import { OAuthErrorEvent, OAuthService } from 'angular-oauth2-oidc';
import { APP_CONFIG, AppConfig } from './config';
import { PENDING_VIEW_KEY } from './view';

export type AuthState = 'starting' | 'signed-out' | 'signed-in';

export interface Profile {
  name: string;
  username: string;
}

/** Loopback issuers (local development and tests) may use plain HTTP. */
export function isLoopback(url: string): boolean {
  return /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])([:/]|$)/i.test(url);
}

/** A short human-readable reason for a failed sign-in or refresh. */
export function describeAuthError(error: unknown): string {
  if (error instanceof OAuthErrorEvent) {
    const params = error.params as Record<string, string> | null;
    if (params?.['error_description']) return params['error_description'];
    if (params?.['error']) return params['error'];
    return error.type.replace(/_/g, ' ');
  }
  if (error instanceof Error) return error.message;
  return 'the identity provider could not be reached';
}

/** The provider's `iss` response parameter (RFC 9207) outlives the login in the address bar. */
function dropIssuerParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('iss')) return;
  url.searchParams.delete('iss');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/** Puts back the view that was in the address bar when sign-in began (AuthService.signIn). */
function restorePendingView(): void {
  const pending = sessionStorage.getItem(PENDING_VIEW_KEY);
  sessionStorage.removeItem(PENDING_VIEW_KEY);
  if (!pending?.startsWith('?') || window.location.search) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + pending + window.location.hash);
}

/**
 * OpenID Connect sign-in with Authorization Code + PKCE (angular-oauth2-oidc): tokens live in
 * sessionStorage, access tokens are renewed with the refresh token before they expire, and
 * sign-out clears them and ends the provider session (RP-initiated logout).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly oauth = inject(OAuthService);
  private readonly config: AppConfig = inject(APP_CONFIG);

  readonly state = signal<AuthState>('starting');
  /** Why the user is signed out, when it was not their own choice. */
  readonly message = signal<string | null>(null);
  private readonly claims = signal<Record<string, unknown> | null>(null);

  readonly profile = computed<Profile | null>(() => {
    const claims = this.claims();
    if (!claims) return null;
    const username = String(claims['preferred_username'] ?? claims['sub'] ?? '');
    return { name: String(claims['name'] ?? username), username };
  });

  async init(): Promise<void> {
    const origin = window.location.origin;
    this.oauth.configure({
      issuer: this.config.issuer,
      clientId: this.config.clientId,
      redirectUri: `${origin}/`,
      postLogoutRedirectUri: `${origin}/`,
      responseType: 'code',
      scope: this.config.scope,
      customQueryParams: this.config.authParams,
      requireHttps: isLoopback(this.config.issuer) ? false : 'remoteOnly',
      // Renew at 75 % of the lifetime with the refresh token (no hidden iframes).
      useSilentRefresh: false,
      timeoutFactor: 0.75,
      sessionChecksEnabled: false,
      clearHashAfterLogin: true,
      showDebugInformation: false,
    });
    this.oauth.events.subscribe((event) => {
      if (event.type === 'token_received' || event.type === 'token_refreshed') this.markSignedIn();
      if (event.type === 'token_refresh_error' || event.type === 'session_terminated') {
        this.endLocally('Your session has ended. Please sign in again.');
      }
    });
    try {
      await this.oauth.loadDiscoveryDocumentAndTryLogin();
    } catch (error) {
      this.state.set('signed-out');
      this.message.set(`Sign-in failed: ${describeAuthError(error)}`);
      return;
    }
    if (!this.oauth.hasValidAccessToken() && this.oauth.getRefreshToken()) {
      // Access token expired while the tab was closed: one refresh attempt.
      await this.oauth.refreshToken().catch(() => undefined);
    }
    dropIssuerParam();
    if (this.oauth.hasValidAccessToken()) {
      restorePendingView();
      this.markSignedIn();
    } else {
      this.oauth.logOut(true);
      this.state.set('signed-out');
    }
  }

  signIn(): void {
    this.message.set(null);
    // The provider redirects back to the exact redirect URI: the view (a shared link's query)
    // waits in this tab's sessionStorage and is put back once signed in.
    if (window.location.search) sessionStorage.setItem(PENDING_VIEW_KEY, window.location.search);
    this.oauth.initCodeFlow();
  }

  /** Discards every token, then ends the provider session (redirects to its logout page). */
  signOut(): void {
    this.oauth.stopAutomaticRefresh();
    this.state.set('signed-out');
    this.claims.set(null);
    this.oauth.logOut();
  }

  /** The API rejected the token (expired, revoked): forget it and ask for a new sign-in. */
  endLocally(message: string): void {
    if (this.state() !== 'signed-in') return;
    this.oauth.stopAutomaticRefresh();
    this.oauth.logOut(true);
    this.claims.set(null);
    this.message.set(message);
    this.state.set('signed-out');
  }

  /** The bearer token for API calls, or null when signed out. */
  accessToken(): string | null {
    return this.state() === 'signed-in' && this.oauth.hasValidAccessToken() ? this.oauth.getAccessToken() : null;
  }

  private markSignedIn(): void {
    this.claims.set(this.oauth.getIdentityClaims() ?? {});
    if (this.state() !== 'signed-in') {
      this.oauth.setupAutomaticSilentRefresh();
      this.state.set('signed-in');
    }
  }
}
