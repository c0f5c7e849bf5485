/**
 * The core's memo tables, in one place. Documents, catalogs and their parts are immutable, so a value
 * computed from one object holds as long as the object lives: `memoByObject` keeps it beside the
 * object, weakly (a dropped document takes its entries with it). Values computed from a string (a
 * CIDR block, an id's sort key, an icon) go into a bounded table, emptied when it fills up, so a long
 * editing session never grows it without end.
 */

/** `compute`, remembered per object argument. */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      cache.set(key, value);
    }
    return value as V;
  };
}

/** `compute`, remembered per string argument, for up to `limit` strings at a time. */
export function memoByString<V>(compute: (key: string) => V, limit = 10_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value as V;
  };
}
