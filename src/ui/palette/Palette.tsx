import { useId, useMemo, useState } from 'react';
import type { Catalog } from '../../core/catalog/types.ts';
import { searchProducts, type SearchHit } from '../../core/catalog/search.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { CatalogIcon } from '../icons/CatalogIcon.tsx';

/** Every catalog product grouped by category, with a search over names, former names and aliases. */
export function Palette({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const local = useLocalized();
  const [query, setQuery] = useState('');
  const headingId = useId();
  const hits = useMemo(() => searchProducts(catalog, query), [catalog, query]);
  const groups = useMemo(() => {
    if (query.trim() !== '') return [{ id: 'results', name: undefined, hits }];
    return catalog.categories
      .map((category) => ({ id: category.id, name: category.name, hits: hits.filter((h) => h.product.category === category.id) }))
      .filter((g) => g.hits.length > 0);
  }, [catalog, hits, query]);

  return (
    <aside className="palette" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        {t('app.palette')}
      </h2>
      <input
        className="palette__search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('app.paletteSearch')}
        aria-label={t('app.paletteSearch')}
      />
      <div className="palette__groups">
        {groups.map((group) => (
          <section key={group.id} className="palette__group" aria-label={group.name ? local(group.name) : undefined}>
            {group.name && <h3 className="palette__group-name">{local(group.name)}</h3>}
            <ul className="palette__list">
              {group.hits.map((hit) => (
                <PaletteItem key={hit.product.id} hit={hit} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}

function PaletteItem({ hit }: { hit: SearchHit }) {
  const local = useLocalized();
  const name = local(hit.product.name);
  const via = hit.kind === 'formerName' || hit.kind === 'alias' ? hit.matched : undefined;
  return (
    <li className="palette__item" title={local(hit.product.description)}>
      <CatalogIcon svg={hit.product.icon} />
      <span className="palette__item-name">{name}</span>
      {via && <span className="palette__item-via">{via}</span>}
    </li>
  );
}
