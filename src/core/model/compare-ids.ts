/**
 * Natural order of ids ("n2" before "n10"), total and stable: used wherever output order must not
 * depend on the order things happened to be created in (canonical files, findings, exports).
 */
const CHUNK = /(\d+)|(\D+)/g;

export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const xs = a.match(CHUNK) ?? [];
  const ys = b.match(CHUNK) ?? [];
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x === y) continue;
    const xNum = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const yNum = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    if (xNum && yNum) {
      // Compare digit runs by value without converting (ids may hold long numbers), then by length.
      const xs2 = x.replace(/^0+/, '');
      const ys2 = y.replace(/^0+/, '');
      if (xs2.length !== ys2.length) return xs2.length - ys2.length;
      if (xs2 !== ys2) return xs2 < ys2 ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (xs.length !== ys.length) return xs.length - ys.length;
  return a < b ? -1 : 1;
}
