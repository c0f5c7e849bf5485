import { useId, useMemo, useState } from 'react';
import { searchProducts } from '../../core/catalog/search.ts';
import { normalizeForSearch } from '../../core/catalog/search.ts';
import { useCatalog } from '../editor/editor-context.tsx';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { PaletteEntry } from './PaletteEntry.tsx';

/**
 * Every catalog product grouped by category, and every zone kind, with a search over names in both
 * languages, former names and aliases. Drag an entry onto the canvas or into a zone, or click it to
 * add it in the middle of the view.
 */
export function Palette() {
  const t = useT();
  const local = useLocalized();
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const headingId = useId();
  const searching = query.trim() !== '';
  const hits = useMemo(() => searchProducts(catalog, query), [catalog, query]);
  const zones = useMemo(() => {
    const q = normalizeForSearch(query);
    return catalog.zones.filter((z) => q === '' || normalizeForSearch(z.name.zh).includes(q) || normalizeForSearch(z.name.en).includes(q) || z.id.includes(q));
  }, [catalog, query]);
  const groups = useMemo(() => {
    if (searching) return [{ id: 'results', name: undefined, hits }];
    return catalog.categories
      .map((category) => ({ id: category.id, name: category.name, hits: hits.filter((h) => h.product.category === category.id) }))
      .filter((g) => g.hits.length > 0);
  }, [catalog, hits, searching]);

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
      <p className="palette__hint">{t('palette.dragHint')}</p>
      <div className="palette__groups">
        {zones.length > 0 && (
          <section className="palette__group" aria-label={t('palette.zones')}>
            <h3 className="palette__group-name">{t('palette.zones')}</h3>
            <ul className="palette__list">
              {zones.map((zone) => (
                <PaletteEntry key={zone.id} item={{ type: 'zone', id: zone.id }} name={local(zone.name)} icon={zone.icon} description={local(zone.description)} />
              ))}
            </ul>
          </section>
        )}
        {groups.map((group) => (
          <section key={group.id} className="palette__group" aria-label={group.name ? local(group.name) : undefined}>
            {group.name && <h3 className="palette__group-name">{local(group.name)}</h3>}
            <ul className="palette__list">
              {group.hits.map((hit) => (
                <PaletteEntry
                  key={hit.product.id}
                  item={{ type: 'product', id: hit.product.id }}
                  name={local(hit.product.name)}
                  icon={hit.product.icon}
                  description={local(hit.product.description)}
                  {...(hit.kind === 'formerName' || hit.kind === 'alias' ? { via: hit.matched } : {})}
                />
              ))}
            </ul>
          </section>
        ))}
        {searching && hits.length === 0 && zones.length === 0 && <p className="palette__empty">{t('palette.noResults')}</p>}
      </div>
    </aside>
  );
}
