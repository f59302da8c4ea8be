import { TestBed } from '@angular/core/testing';
import { OAuthErrorEvent, OAuthEvent, OAuthService } from 'angular-oauth2-oidc';
import { Subject } from 'rxjs';
import { AuthService, describeAuthError, isLoopback } from './auth.service';
import { APP_CONFIG, AppConfig } from './config';

/** Stands in for angular-oauth2-oidc: the provider round trip itself is covered by the e2e tests. */
class FakeOAuth {
  events = new Subject<OAuthEvent>();
  configured: Record<string, unknown> = {};
  token: string | null = null;
  refresh: string | null = null;
  tryLogin: () => Promise<boolean> = async () => true;
  logOut = vi.fn((noRedirect?: boolean) => {
    this.token = null;
    this.refresh = null;
    return noRedirect;
  });
  initCodeFlow = vi.fn();
  setupAutomaticSilentRefresh = vi.fn();
  stopAutomaticRefresh = vi.fn();
  refreshToken = vi.fn(async () => {
    throw new Error('refresh failed');
  });
  configure(config: Record<string, unknown>): void {
    this.configured = config;
  }
  loadDiscoveryDocumentAndTryLogin(): Promise<boolean> {
    return this.tryLogin();
  }
  hasValidAccessToken(): boolean {
    return this.token !== null;
  }
  getAccessToken(): string {
    return this.token ?? '';
  }
  getRefreshToken(): string | null {
    return this.refresh;
  }
  getIdentityClaims(): Record<string, unknown> {
    return { sub: 'alice', name: 'Alice Example', preferred_username: 'alice' };
  }
}

const CONFIG: AppConfig = {
  issuer: 'http://127.0.0.1:9000',
  clientId: 'timeseries-spa',
  apiBaseUrl: '',
  grpcWebBaseUrl: '',
  scope: 'openid offline_access',
  authParams: { prompt: 'consent' },
};

function setup(): { auth: AuthService; oauth: FakeOAuth } {
  const oauth = new FakeOAuth();
  TestBed.configureTestingModule({
    providers: [
      { provide: OAuthService, useValue: oauth },
      { provide: APP_CONFIG, useValue: CONFIG },
    ],
  });
  return { auth: TestBed.inject(AuthService), oauth };
}

describe('AuthService', () => {
  it('configures Authorization Code with PKCE for the configured client', async () => {
    const { auth, oauth } = setup();
    await auth.init();
    expect(oauth.configured).toMatchObject({
      issuer: CONFIG.issuer,
      clientId: 'timeseries-spa',
      responseType: 'code',
      scope: 'openid offline_access',
      customQueryParams: { prompt: 'consent' },
      redirectUri: `${window.location.origin}/`,
      useSilentRefresh: false,
      requireHttps: false,
    });
  });

  it('is signed in after a completed login, with refresh scheduled', async () => {
    const { auth, oauth } = setup();
    oauth.tryLogin = async () => {
      oauth.token = 'access-1';
      oauth.events.next({ type: 'token_received' } as OAuthEvent);
      return true;
    };
    await auth.init();
    expect(auth.state()).toBe('signed-in');
    expect(auth.profile()).toEqual({ name: 'Alice Example', username: 'alice' });
    expect(auth.accessToken()).toBe('access-1');
    expect(oauth.setupAutomaticSilentRefresh).toHaveBeenCalledTimes(1);
  });

  it('is signed out without a token, and clears leftovers after a failed refresh', async () => {
    const { auth, oauth } = setup();
    oauth.refresh = 'stale';
    await auth.init();
    expect(oauth.refreshToken).toHaveBeenCalled();
    expect(oauth.logOut).toHaveBeenCalledWith(true);
    expect(auth.state()).toBe('signed-out');
    expect(auth.accessToken()).toBeNull();
    expect(auth.message()).toBeNull();
  });

  it('says why a sign-in failed', async () => {
    const { auth, oauth } = setup();
    oauth.tryLogin = async () => {
      throw new OAuthErrorEvent('code_error', {}, { error: 'access_denied', error_description: 'End-User aborted interaction' });
    };
    await auth.init();
    expect(auth.state()).toBe('signed-out');
    expect(auth.message()).toBe('Sign-in failed: End-User aborted interaction');
  });

  it('signs out: stops refresh, drops tokens and goes to the provider logout', async () => {
    const { auth, oauth } = setup();
    oauth.token = 'access-1';
    await auth.init();
    auth.signOut();
    expect(oauth.stopAutomaticRefresh).toHaveBeenCalled();
    expect(oauth.logOut).toHaveBeenCalledWith();
    expect(auth.state()).toBe('signed-out');
    expect(auth.accessToken()).toBeNull();
    expect(auth.profile()).toBeNull();
  });

  it('ends the session locally when the refresh fails', async () => {
    const { auth, oauth } = setup();
    oauth.token = 'access-1';
    await auth.init();
    oauth.events.next({ type: 'token_refresh_error' } as OAuthEvent);
    expect(auth.state()).toBe('signed-out');
    expect(oauth.logOut).toHaveBeenCalledWith(true);
    expect(auth.message()).toContain('sign in again');
  });

  it('starts the code flow on sign-in', async () => {
    const { auth, oauth } = setup();
    await auth.init();
    auth.signIn();
    expect(oauth.initCodeFlow).toHaveBeenCalled();
  });
});

describe('auth helpers', () => {
  it('recognises loopback issuers only', () => {
    expect(isLoopback('http://localhost:9000')).toBe(true);
    expect(isLoopback('http://127.0.0.1:9000/x')).toBe(true);
    expect(isLoopback('http://[::1]:9000')).toBe(true);
    expect(isLoopback('http://localhost.example.com')).toBe(false);
    expect(isLoopback('https://id.example.com')).toBe(false);
  });

  it('describes errors', () => {
    expect(describeAuthError(new OAuthErrorEvent('discovery_document_load_error', {}))).toBe('discovery document load error');
    expect(describeAuthError(new OAuthErrorEvent('code_error', {}, { error: 'invalid_grant' }))).toBe('invalid_grant');
    expect(describeAuthError(new Error('boom'))).toBe('boom');
    expect(describeAuthError('x')).toContain('could not be reached');
  });
});
