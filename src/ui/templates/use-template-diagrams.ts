import { useEffect, useState } from 'react';
import type { Catalog } from '../../core/catalog/types.ts';
import type { Diagram } from '../../core/model/types.ts';
import { loadTemplateDiagrams } from './bundled-templates.ts';

/**
 * The templates' diagrams for their previews: null until they have arrived (the cards show their
 * names and levels at once, the pictures a moment later).
 */
export function useTemplateDiagrams(catalog: Catalog): ReadonlyMap<string, Diagram> | null {
  const [docs, setDocs] = useState<ReadonlyMap<string, Diagram> | null>(null);
  useEffect(() => {
    let live = true;
    loadTemplateDiagrams(catalog).then(
      (loaded) => live && setDocs(loaded),
      () => undefined, // no previews, the cards still work (choosing one retries the load)
    );
    return () => {
      live = false;
    };
  }, [catalog]);
  return docs;
}
