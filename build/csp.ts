/**
 * The Content-Security-Policy of the built app. Everything is served from the app's own origin: no
 * CDN, font service, analytics or update check, and no inline or eval'd script. `data:`/`blob:` images
 * are the product icons and the PNG export's canvas pipeline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

import type { Plugin } from 'vite';

/**
 * Adds the policy as a <meta> tag to the built index.html, so it travels with the files wherever they
 * are hosted. Only for builds: the dev server relies on an inline script for hot reloading.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'mlps:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}
