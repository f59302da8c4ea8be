import { Injectable, signal } from '@angular/core';

/**
 * The colour scheme the system asks for (`prefers-color-scheme`), as a signal that follows a
 * change while the page is open: the CSS follows it by itself, the chart's canvas (colours read
 * once per plot) and the series colours follow this.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  readonly dark = signal(this.query?.matches ?? false);

  constructor() {
    this.query?.addEventListener?.('change', (event) => this.dark.set(event.matches));
  }
}
