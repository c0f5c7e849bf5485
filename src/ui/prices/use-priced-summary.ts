/**
 * What the export dialog tells the user before a priced product list is written: how many lines have
 * a price and how many do not (those are flagged in the file). The pricing code loads on demand, and
 * the figures follow the document as it changes.
 */
import { useEffect, useState } from 'react';
import type { Catalog } from '../../core/catalog/types.ts';
import type { Diagram } from '../../core/model/types.ts';
import { today } from '../../core/model/today.ts';
import type { PriceList } from '../../core/prices/types.ts';

export interface PricedSummary {
  lines: number;
  unpriced: number;
}

export function usePricedSummary(doc: Diagram, catalog: Catalog, list: PriceList | null): PricedSummary | null {
  const [summary, setSummary] = useState<PricedSummary | null>(null);
  useEffect(() => {
    if (!list) {
      setSummary(null);
      return;
    }
    let live = true;
    void Promise.all([import('../../core/prices/priced-bom.ts'), import('../../core/bom/bom.ts')]).then(([{ priceBom }, { buildBom }]) => {
      if (!live) return;
      const priced = priceBom(buildBom(doc, catalog), list, { date: doc.meta.date ?? today() });
      setSummary({ lines: priced.lines.length, unpriced: priced.unpriced });
    });
    return () => {
      live = false;
    };
  }, [doc, catalog, list]);
  return summary;
}
