/**
 * The price list the compare view prices both BOMs with (issue 14): the hook the price-list UI
 * (src/ui/prices/, built separately) fills in. Until a price list is stored it is undefined, and the
 * compare view shows no cost section; `CompareView` also takes a `prices` prop that overrides it.
 */
import type { PriceList } from '../../core/prices/types.ts';

export function useComparePriceList(): PriceList | undefined {
  return undefined;
}
