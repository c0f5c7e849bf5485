/**
 * 价格表: import the user's price list (CSV or XLSX, chosen or dropped), see and delete the stored
 * versions, and read the prices in use with their source. A refused file changes nothing: the
 * problems are listed (row and column named, from the core's checks) and the stored lists stay.
 */
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useStore } from 'zustand';
import { PRICE_COLUMNS, type PriceError } from '../../core/prices/types.ts';
import { today } from '../../core/model/today.ts';
import { useCatalog } from '../editor/editor-context.tsx';
import { useLang } from '../i18n/lang-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { Modal } from '../shell/Modal.tsx';
import { applicableVersion, deletePriceList, firstValidFrom, loadPriceLists, priceLists, savePriceList } from './price-store.ts';
import { readPriceListFile } from './read-price-file.ts';
import { PriceEntries } from './PriceEntries.tsx';
import './prices.css';

type Outcome =
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'refused'; text: string; errors: PriceError[] }
  | { kind: 'failed'; text: string };

export function PriceListDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const { versions, status, unavailable } = useStore(priceLists);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  useEffect(() => void loadPriceLists(), []);

  const date = today();
  const current = applicableVersion(versions, date);

  const importFile = async (file: File) => {
    setOutcome({ kind: 'busy', text: t('priceUi.reading', { name: file.name }) });
    let result;
    try {
      result = await readPriceListFile(file, catalog);
    } catch (error) {
      // The reader could not be loaded or the file not read (offline before the first visit was cached, a file that went away).
      setOutcome({ kind: 'failed', text: t('priceUi.readFailed', { name: file.name, reason: error instanceof Error ? error.message : String(error) }) });
      return;
    }
    if (!result.ok) {
      setOutcome({ kind: 'refused', text: t('priceUi.refused', { name: file.name }), errors: result.errors });
      return;
    }
    const { list } = result;
    const saved = await savePriceList(list, file.name);
    if (!saved.ok) {
      setOutcome({ kind: 'failed', text: saved.quota ? t('priceUi.quota') : t('priceUi.saveFailed', { reason: saved.reason }) });
      return;
    }
    const count = list.entries.length;
    setOutcome({
      kind: 'done',
      text: saved.replaced ? t('priceUi.replaced', { name: file.name, count, date: list.date }) : t('priceUi.imported', { name: file.name, count, from: firstValidFrom(list), to: list.date }),
    });
  };

  // The window opens designs dropped anywhere (FileOpener): a file dropped here is a price list.
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && outcome?.kind !== 'busy') void importFile(file);
  };

  const remove = async (versionDate: string) => {
    const done = await deletePriceList(versionDate);
    setOutcome(done.ok ? { kind: 'done', text: t('priceUi.deleted', { date: versionDate }) } : { kind: 'failed', text: t('priceUi.saveFailed', { reason: done.reason }) });
  };

  const columns = PRICE_COLUMNS.map((c) => t(`prices.column.${c}`)).join(lang === 'zh' ? '、' : ', ');

  return (
    <Modal title={t('priceUi.title')} onClose={onClose} className="price-dialog">
      <div
        className="price-dialog__body"
        data-dragging={dragging ? 'true' : 'false'}
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="price-dialog__note">{t('priceUi.ownFigures')}</p>
        {unavailable && (
          <p className="price-dialog__warning" role="alert">
            {t('priceUi.unavailable', { reason: unavailable })}
          </p>
        )}
        <div className="price-dialog__drop">
          <span>{t('priceUi.drop')}</span>
          <button type="button" onClick={() => input.current?.click()} disabled={outcome?.kind === 'busy'}>
            {t('priceUi.choose')}
          </button>
          <label htmlFor={inputId} className="visually-hidden">
            {t('priceUi.fileLabel')}
          </label>
          <input
            ref={input}
            id={inputId}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <p className="price-dialog__hint">{t('priceUi.format', { columns })}</p>
        </div>
        {outcome && <OutcomeMessage outcome={outcome} />}
        <section aria-labelledby={`${inputId}-versions`}>
          <h3 id={`${inputId}-versions`}>{t('priceUi.versions')}</h3>
          {status === 'ready' && versions.length === 0 ? (
            <p className="price-dialog__hint">{t('priceUi.none')}</p>
          ) : (
            <table className="price-table">
              <thead>
                <tr>
                  <th scope="col">{t('priceUi.col.version')}</th>
                  <th scope="col" className="price-table__number">
                    {t('priceUi.col.count')}
                  </th>
                  <th scope="col">{t('priceUi.col.range')}</th>
                  <th scope="col">{t('priceUi.col.file')}</th>
                  <th scope="col">{t('priceUi.col.imported')}</th>
                  <th scope="col">{t('priceUi.col.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('priceUi.delete')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.date}>
                    <th scope="row">{v.date}</th>
                    <td className="price-table__number">{v.list.entries.length}</td>
                    <td className="price-table__date">
                      {firstValidFrom(v.list)} – {v.list.date}
                    </td>
                    <td className="price-table__file">{v.fileName}</td>
                    <td>{new Date(v.importedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</td>
                    <td>{t(v === current ? 'priceUi.state.current' : firstValidFrom(v.list) > date ? 'priceUi.state.future' : 'priceUi.state.older')}</td>
                    <td>
                      <button type="button" aria-label={t('priceUi.deleteVersion', { date: v.date })} onClick={() => void remove(v.date)}>
                        {t('priceUi.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {current && <PriceEntries version={current} date={date} />}
      </div>
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {t('priceUi.close')}
        </button>
      </div>
    </Modal>
  );
}

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  const t = useT();
  if (outcome.kind === 'refused') {
    return (
      <div className="price-dialog__error" role="alert">
        <p>{outcome.text}</p>
        <ul>
          {outcome.errors.map((e, i) => (
            <li key={i}>{t(e.key, e.params)}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (outcome.kind === 'failed') {
    return (
      <p className="price-dialog__error" role="alert">
        {outcome.text}
      </p>
    );
  }
  return (
    <p className="price-dialog__status" role="status">
      {outcome.text}
    </p>
  );
}
