import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { ApiService, Me } from './api.service';
import { AuthService } from './auth.service';
import { DashboardComponent } from './dashboard';

/** The shell: header with the signed-in user, then the sign-in view or the dashboard. */
@Component({
  selector: 'app-root',
  imports: [DashboardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip" href="#main">Skip to content</a>
    <header class="bar">
      <h1>Timeseries</h1>
      @if (auth.state() === 'signed-in') {
        <div class="user" data-testid="user">
          <span class="who">
            <strong data-testid="user-name">{{ auth.profile()?.name }}</strong>
            @if (me(); as me) {
              <span class="roles" data-testid="user-roles" aria-label="Roles">
                @for (role of me.roles; track role) { <span class="role">{{ role }}</span> }
              </span>
            }
          </span>
          <button type="button" data-testid="sign-out" (click)="auth.signOut()">Sign out</button>
        </div>
      }
    </header>
    <main id="main" tabindex="-1">
      @switch (auth.state()) {
        @case ('starting') {
          <p class="state" role="status">Checking your session…</p>
        }
        @case ('signed-out') {
          <section class="signin" aria-labelledby="signin-title" data-testid="sign-in-view">
            <h2 id="signin-title">Sign in to see your timeseries</h2>
            <p>Your measurements, charted live. You see the series published for your account; administrators see every owner's.</p>
            @if (auth.message(); as message) {
              <p class="notice" role="alert" data-testid="auth-message">{{ message }}</p>
            }
            <button type="button" class="primary" data-testid="sign-in" (click)="auth.signIn()">Sign in</button>
          </section>
        }
        @case ('signed-in') {
          @if (me(); as me) {
            <app-dashboard [me]="me" />
          } @else if (meError()) {
            <div class="state error" role="alert">
              <p>Could not load your account: {{ meError() }}</p>
              <button type="button" (click)="loadMe()">Retry</button>
            </div>
          } @else {
            <p class="state" role="status">Loading your account…</p>
          }
        }
      }
    </main>
  `,
  styles: `
    :host { display: block; max-width: 1400px; margin: 0 auto; padding: 0 1rem 2rem; }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 0.5rem; background: var(--surface); padding: 0.5rem; z-index: 10; }
    .bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem; padding: 0.75rem 0; border-bottom: 1px solid var(--border); margin-bottom: 1rem; }
    h1 { font-size: 1.25rem; margin: 0; }
    .user { display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap; }
    .who { display: flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; }
    .roles { display: inline-flex; gap: 0.25rem; }
    .who strong { font-size: 0.875rem; }
    .role { font-size: 0.75rem; font-weight: 600; background: var(--badge); border-radius: 999px; padding: 0.05rem 0.5rem; }
    main:focus { outline: none; }
    .signin { max-width: 34rem; margin: 4rem auto; text-align: center; background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 2rem; }
    .notice { color: var(--danger); }
    .state { color: var(--muted); }
    .error { color: var(--danger); }
  `,
})
export class App {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  protected readonly me = signal<Me | null>(null);
  protected readonly meError = signal('');

  constructor() {
    void this.auth.init();
    effect(() => {
      if (this.auth.state() === 'signed-in') {
        void this.loadMe();
      } else {
        this.me.set(null);
      }
    });
  }

  async loadMe(): Promise<void> {
    this.meError.set('');
    try {
      this.me.set(await this.api.me());
    } catch (error) {
      if (this.auth.state() === 'signed-in') this.meError.set(error instanceof Error ? error.message : String(error));
    }
  }
}
