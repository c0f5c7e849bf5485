/**
 * Imported (for its effect) by every module that builds zod schemas, before it builds any: zod compiles
 * object parsers with `new Function` unless told not to; the app's Content-Security-Policy forbids eval,
 * and a refused eval would show up as a CSP violation.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
