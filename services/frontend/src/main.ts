import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { loadConfig } from './app/config';

loadConfig()
  .then((config) => bootstrapApplication(App, appConfig(config)))
  .catch((error: unknown) => {
    // Without a configuration nothing else can work: say so plainly instead of a blank page.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'fatal';
    message.textContent = `The application could not start: ${error instanceof Error ? error.message : String(error)}`;
    document.body.replaceChildren(message);
    console.error(error);
  });
