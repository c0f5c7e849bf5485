/**
 * Node and edge ids of imported things, derived from resource addresses so that a re-import finds
 * them again: `imp:` + the address with its characters made valid (`module.web.alicloud_instance.app[0]`
 * → `imp:module.web.alicloud_instance.app.0`), and a hash suffix when that is over the format's 64.
 * Ids the user's own edits make (`ecs-3`, `e-12`) never start with `imp:`.
 */
import { MAX_ID_LENGTH } from '../model/ids.ts';

export const IMPORT_ID_PREFIX = 'imp:';

export function isImportedId(id: string): boolean {
  return id.startsWith(IMPORT_ID_PREFIX);
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, enough to tell long addresses apart. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A valid id for `key` (an address or a composed key), unique as long as keys are. */
export function importId(key: string): string {
  const clean = key
    .replace(/\[\s*"([^"]*)"\s*\]/g, '.$1')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/[^A-Za-z0-9_.:-]+/g, '_');
  const id = `${IMPORT_ID_PREFIX}${clean}`;
  // Cleaning can merge distinct keys (`a b` and `a_b`), so anything changed also gets the hash.
  const changed = clean !== key;
  if (id.length <= MAX_ID_LENGTH && !changed) return id;
  const suffix = `.${shortHash(key)}`;
  return `${id.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
}

/**
 * Ids of what the import adds itself (regions, the edge zone, the Internet, edges): their keys start
 * with `:`, which no resource address does, so they never meet an id made from an address.
 */
export function syntheticId(key: string): string {
  return importId(`:${key}`);
}

/** The Internet zone and its users, added when an edge comes from the Internet. */
export const INTERNET_ZONE_ID = syntheticId('internet');
export const INTERNET_USER_ID = syntheticId('internet_user');
