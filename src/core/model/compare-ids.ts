/**
 * Natural order of ids ("n2" before "n10"), total and stable: the one comparator used wherever output
 * order must not depend on the order things happened to be created in (canonical files, findings,
 * exports, the BOM, quick fixes). Ids split into runs of digits and non-digits; digit runs compare by
 * value (length without leading zeros, then digits, then raw length), other runs by code units, and a
 * shorter run list first. A large diagram sorts thousands of ids, so the comparison walks the two
 * strings in place and allocates nothing; `naturalKey` turns an id into a string whose plain order is
 * the natural one (test/unit/model/compare-ids.test.ts checks both against a plain reading).
 */
import { memoByString } from './memo.ts';

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** End of the run of digits or non-digits starting at `from`. */
function runEnd(s: string, from: number): number {
  const digits = isDigit(s.charCodeAt(from));
  let i = from + 1;
  while (i < s.length && isDigit(s.charCodeAt(i)) === digits) i++;
  return i;
}

/** Code-unit order of s[a0, a1) and t[b0, b1), like `<` on the two substrings. */
function compareRange(s: string, a0: number, a1: number, t: string, b0: number, b1: number): number {
  const n = Math.min(a1 - a0, b1 - b0);
  for (let k = 0; k < n; k++) {
    const d = s.charCodeAt(a0 + k) - t.charCodeAt(b0 + k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a1 - a0 === b1 - b0 ? 0 : a1 - a0 < b1 - b0 ? -1 : 1;
}

export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  // Ids that share a prefix split into the same chunks up to the run the first difference falls in;
  // compare from the start of that run ("c12-ecs3" vs "c12-ecs10" starts at "3" / "10").
  const shorter = Math.min(a.length, b.length);
  let d = 0;
  while (d < shorter && a.charCodeAt(d) === b.charCodeAt(d)) d++;
  if (d < shorter) {
    // The usual cases, answered in place: the first difference is in a word, or inside digit runs
    // without leading zeros (by length, then by the first differing digit).
    const x = a.charCodeAt(d);
    const y = b.charCodeAt(d);
    const xDigit = isDigit(x);
    const yDigit = isDigit(y);
    if (!xDigit && !yDigit && (d === 0 || !isDigit(a.charCodeAt(d - 1)))) return x < y ? -1 : 1;
    if (xDigit && yDigit) {
      let start = d;
      while (start > 0 && isDigit(a.charCodeAt(start - 1))) start--;
      // Both runs start at `start` (shared up to d); neither may start with a zero.
      if (a.charCodeAt(start) !== 48 && b.charCodeAt(start) !== 48) {
        let endA = d + 1;
        while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
        let endB = d + 1;
        while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
        if (endA !== endB) return endA - endB;
        return x < y ? -1 : 1;
      }
    }
  }
  let from = d;
  if (from > 0) {
    const digits = isDigit(a.charCodeAt(from - 1));
    while (from > 0 && isDigit(a.charCodeAt(from - 1)) === digits) from--;
  }
  return compareFrom(a, b, from);
}

function compareFrom(a: string, b: string, from: number): number {
  let i = from;
  let j = from;
  let chunksA = 0;
  let chunksB = 0;
  while (i < a.length && j < b.length) {
    const iEnd = runEnd(a, i);
    const jEnd = runEnd(b, j);
    chunksA++;
    chunksB++;
    const same = compareRange(a, i, iEnd, b, j, jEnd) === 0;
    if (!same) {
      if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
        // By value: length without leading zeros, then digits, then the raw length.
        let x = i;
        while (x < iEnd - 1 && a.charCodeAt(x) === 48) x++;
        let y = j;
        while (y < jEnd - 1 && b.charCodeAt(y) === 48) y++;
        // compareIds strips every leading zero ("000" → ""), so an all-zero run has length 0.
        const xLen = a.charCodeAt(x) === 48 ? 0 : iEnd - x;
        const yLen = b.charCodeAt(y) === 48 ? 0 : jEnd - y;
        if (xLen !== yLen) return xLen - yLen;
        const byValue = xLen === 0 ? 0 : compareRange(a, x, iEnd, b, y, jEnd);
        if (byValue !== 0) return byValue;
        if (iEnd - i !== jEnd - j) return iEnd - i - (jEnd - j);
      } else {
        return compareRange(a, i, iEnd, b, j, jEnd);
      }
    }
    i = iEnd;
    j = jEnd;
  }
  while (i < a.length) {
    i = runEnd(a, i);
    chunksA++;
  }
  while (j < b.length) {
    j = runEnd(b, j);
    chunksB++;
  }
  if (chunksA !== chunksB) return chunksA - chunksB;
  return a < b ? -1 : 1;
}

/**
 * A string whose plain (code-unit) order is the natural order of ids: non-digit runs end with \u0001
 * (below every id character, so "ab" sorts before "ab-"); a digit run becomes "0", its length
 * without leading zeros, those digits, and its raw length (lengths as one character each: ids have
 * at most 64 characters). Sorting thousands of findings then compares strings natively. Keys are
 * kept across checks (the editor re-checks the same ids on every change), up to a bound.
 */
export const naturalKey = memoByString(computeNaturalKey, 200_000);

function computeNaturalKey(id: string): string {
  let key = '';
  for (let i = 0; i < id.length; ) {
    const end = runEnd(id, i);
    if (isDigit(id.charCodeAt(i))) {
      let x = i;
      while (x < end && id.charCodeAt(x) === 48) x++;
      key += '0' + String.fromCharCode(48 + end - x) + id.slice(x, end) + String.fromCharCode(48 + end - i);
    } else {
      key += id.slice(i, end) + '\u0001';
    }
    i = end;
  }
  return key;
}
