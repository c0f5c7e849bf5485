/**
 * The fixture every end-to-end test uses: it fails the test on any request that leaves the app's own
 * origin, on any Content-Security-Policy violation and on any uncaught page error. It watches the whole
 * browser context, so tabs a test opens itself (context.newPage()) are guarded like `page`.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guarded: void }>({
  guarded: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const offOrigin: string[] = [];
      const violations: string[] = [];
      const errors: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) offOrigin.push(url);
      });
      context.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      context.on('weberror', (webError) => errors.push(webError.error().message));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use();
      expect.soft(offOrigin, 'requests that left the app origin').toEqual([]);
      expect.soft(violations, 'Content-Security-Policy violations').toEqual([]);
      expect.soft(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
