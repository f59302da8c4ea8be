import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { OAuthStorage, provideOAuthClient } from 'angular-oauth2-oidc';
import { authInterceptor } from './api.service';
import { APP_CONFIG, AppConfig } from './config';

export function appConfig(config: AppConfig): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      { provide: APP_CONFIG, useValue: config },
      provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
      // The library's own interceptor stays off: ours scopes the token to the API base URL.
      provideOAuthClient(),
      // Tokens in sessionStorage: gone when the tab closes, not shared across tabs.
      { provide: OAuthStorage, useFactory: () => sessionStorage },
    ],
  };
}
