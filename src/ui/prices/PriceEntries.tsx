/**
 * The prices of the version in use, as the user's list has them: product and edition by their
 * catalog names, the spec pattern, the price per unit and period, and the source column (whose
 * figures these are). User text is rendered as text by React, never as markup.
 */
import { useCatalog } from '../editor/editor-context.tsx';
import { useLang } from '../i18n/lang-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { PRICE_COLUMNS } from '../../core/prices/types.ts';
import type { StoredPriceList } from './price-db.ts';

/** `date`: the day prices are taken at; entries valid from a later day are marked as not yet valid. */
/** Rows drawn at most: a 5 MB list can hold ~100,000 prices, more than a dialog can usefully show. */
export const SHOWN_ENTRIES = 500;

export function PriceEntries({ version, date }: { version: StoredPriceList; date: string }) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const { list } = version;
  const numbers = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 6 });
  return (
    <section className="price-dialog__entries" aria-label={t('priceUi.entries', { date: list.date, count: list.entries.length })}>
      <h3>{t('priceUi.entries', { date: list.date, count: list.entries.length })}</h3>
      <div className="price-dialog__scroll" tabIndex={0}>
        <table className="price-table">
          <thead>
            <tr>
              {PRICE_COLUMNS.map((c) => (
                <th key={c} scope="col" className={c === 'unitPrice' ? 'price-table__number' : undefined}>
                  {t(`prices.column.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.entries.slice(0, SHOWN_ENTRIES).map((e) => {
              const product = catalog.product(e.product);
              const edition = e.edition === undefined ? undefined : product?.editions?.list.find((x) => x.id === e.edition);
              const future = e.validFrom > date;
              return (
                <tr key={e.row} className={future ? 'price-table__future' : undefined}>
                  <td>{product?.name[lang] ?? e.product}</td>
                  <td>{edition ? edition.name[lang] : (e.edition ?? '')}</td>
                  <td className="price-table__code">{e.spec ?? ''}</td>
                  <td>{e.unit ?? ''}</td>
                  <td>{t(`prices.period.${e.period}`)}</td>
                  <td className="price-table__number">{numbers.format(e.unitPrice)}</td>
                  <td>{e.currency}</td>
                  <td className="price-table__date">
                    {e.validFrom}
                    {future && <span className="price-table__tag">{t('priceUi.state.future')}</span>}
                  </td>
                  <td className="price-table__source">{e.source ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {list.entries.length > SHOWN_ENTRIES && <p className="price-dialog__hint">{t('priceUi.shownFirst', { shown: SHOWN_ENTRIES, count: list.entries.length })}</p>}
    </section>
  );
}
