/**
 * Compressed rows: items grouped by a number per item, kept as two flat arrays instead of a list per
 * group. The index (children of a zone, edges of a node) and the checker's numbered edges use them.
 */

/** The members of group g are `items[start[g]] … items[start[g + 1] - 1]`, in increasing item order. */
export interface Rows {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** Rows of `count` groups from each item's group (`groupOf[i]`); an item of group -1 is left out. */
export function rows(count: number, groupOf: Int32Array): Rows {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! >= 0) start[groupOf[i]! + 1]!++;
  for (let g = 0; g < count; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, count);
  const items = new Int32Array(start[count]!);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) items[fill[g]!++] = i;
  }
  return { start, items };
}
