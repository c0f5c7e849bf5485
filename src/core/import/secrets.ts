/**
 * Secrets are removed while reading, before anything else sees a resource: values Terraform marks
 * sensitive (`sensitive_values`), and by name or by look whatever holds a password, key, token, user
 * data or connection string. Only how many were dropped is kept, never a value nor where it was.
 */

/** Attribute names (lower-cased, without `_`/`-`) whose values are secrets wherever they appear. */
const SECRET_NAME = /(password|passwd|passphrase|secret|privatekey|accesskey|akid|aksecret|token|userdata|connectionstring|credential|kmsencrypted|encryptioncontext|privatepem|sslkey|apikey|sessionkey|authkey)/;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.toLowerCase().replace(/[_\-\s]/g, ''));
}

/** A value that is a secret by its look: an AccessKey id, a PEM block, a URL with credentials. */
export function looksSecret(value: string): boolean {
  return /^LTAI[0-9A-Za-z]{8,}$/.test(value) || /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value) || /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i.test(value);
}

export interface Scrubbed<T> {
  value: T;
  dropped: number;
}

const MAX_DEPTH = 48;

/**
 * A copy of `value` without secrets. `sensitive` is Terraform's mirror of the value with `true` at
 * each sensitive leaf (or `true` for the whole value).
 */
export function scrub(value: unknown, sensitive?: unknown, depth = 0): Scrubbed<unknown> {
  if (sensitive === true) return { value: undefined, dropped: 1 };
  if (depth > MAX_DEPTH) return { value: undefined, dropped: 0 };
  if (typeof value === 'string') return looksSecret(value) ? { value: undefined, dropped: 1 } : { value, dropped: 0 };
  if (Array.isArray(value)) {
    let dropped = 0;
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const s = scrub(item, Array.isArray(sensitive) ? sensitive[i] : undefined, depth + 1);
      dropped += s.dropped;
      if (s.value !== undefined) out.push(s.value);
    });
    return { value: out, dropped };
  }
  if (value !== null && typeof value === 'object') {
    let dropped = 0;
    const out: Record<string, unknown> = {};
    const sens = sensitive !== null && typeof sensitive === 'object' && !Array.isArray(sensitive) ? (sensitive as Record<string, unknown>) : undefined;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      if (isSecretName(key)) {
        if (item !== null && item !== undefined && item !== '' && item !== false) dropped++;
        continue;
      }
      const s = scrub(item, sens?.[key], depth + 1);
      dropped += s.dropped;
      if (s.value !== undefined) out[key] = s.value;
    }
    return { value: out, dropped };
  }
  return { value, dropped: 0 };
}
