import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { App } from './app';
import { ApiService } from './api.service';
import { AuthService, AuthState } from './auth.service';
import { APP_CONFIG } from './config';

function fakeAuth(state: AuthState, message: string | null = null) {
  return {
    state: signal(state),
    message: signal(message),
    profile: signal({ name: 'Alice Example', username: 'alice' }),
    init: vi.fn(async () => undefined),
    signIn: vi.fn(),
    signOut: vi.fn(),
    accessToken: () => 'tok',
  };
}

async function render(auth: ReturnType<typeof fakeAuth>, api: object) {
  TestBed.configureTestingModule({
    providers: [
      { provide: AuthService, useValue: auth },
      { provide: ApiService, useValue: api },
      { provide: APP_CONFIG, useValue: { issuer: 'https://id', clientId: 'c', apiBaseUrl: '', grpcWebBaseUrl: '', scope: '', authParams: {} } },
    ],
  });
  const fixture = TestBed.createComponent(App);
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

describe('App', () => {
  it('shows the sign-in view, with the reason when the session ended', async () => {
    const auth = fakeAuth('signed-out', 'Your session has ended. Please sign in again.');
    const api = { me: vi.fn() };
    const { el } = await render(auth, api);
    expect(auth.init).toHaveBeenCalled();
    expect(el.querySelector('[data-testid=sign-in-view]')).not.toBeNull();
    expect(el.querySelector('[data-testid=auth-message]')?.textContent).toContain('session has ended');
    expect(el.querySelector('[data-testid=user]')).toBeNull();
    expect(api.me).not.toHaveBeenCalled();
    el.querySelector<HTMLButtonElement>('[data-testid=sign-in]')!.click();
    expect(auth.signIn).toHaveBeenCalled();
  });

  it('shows the user, roles and dashboard when signed in; signs out on request', async () => {
    const auth = fakeAuth('signed-in');
    const api = {
      me: vi.fn(async () => ({ subject: 'alice', owner: 'alice', roles: ['user'] })),
      catalog: vi.fn(async () => []),
      data: vi.fn(async () => ({ series: [], truncated: false })),
    };
    const { fixture, el } = await render(auth, api);
    expect(el.querySelector('[data-testid=user-name]')?.textContent).toBe('Alice Example');
    expect(el.querySelector('[data-testid=user-roles]')?.textContent?.trim()).toBe('user');
    expect(el.querySelector('app-dashboard')).not.toBeNull();
    el.querySelector<HTMLButtonElement>('[data-testid=sign-out]')!.click();
    expect(auth.signOut).toHaveBeenCalled();
    auth.state.set('signed-out');
    await fixture.whenStable();
    expect(el.querySelector('app-dashboard')).toBeNull();
    expect(el.querySelector('[data-testid=sign-in-view]')).not.toBeNull();
  });

  it('says when the account cannot be loaded', async () => {
    const auth = fakeAuth('signed-in');
    const api = { me: vi.fn(async () => Promise.reject(new Error('The API cannot be reached.'))) };
    const { el } = await render(auth, api);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The API cannot be reached.');
  });
});
