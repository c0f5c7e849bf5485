/**
 * The page fixture every end-to-end test uses: it fails the test on any request that leaves the app's
 * own origin, on any Content-Security-Policy violation and on any uncaught page error.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guarded: void }>({
  guarded: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const offOrigin: string[] = [];
      const violations: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) offOrigin.push(url);
      });
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use();
      expect(offOrigin, 'requests that left the app origin').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
