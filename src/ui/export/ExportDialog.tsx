import { useEffect, useState } from 'react';
import type { MessageKey } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/model/localized.ts';
import { DRAWING_FORMATS, type ExportFormat } from '../../export/export-formats.ts';
import { useCheckState } from '../checking/check-context.tsx';
import type { ImportReportState } from '../../session/import-report.ts';
import { useCatalog, useEditorStore, useEditorState, useSession, useUiStore } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePrefs } from '../state/prefs-store.ts';
import { Modal } from '../shell/Modal.tsx';
import { usePriceList } from '../prices/use-price-list.ts';
import { usePricedSummary } from '../prices/use-priced-summary.ts';
import { prepareExports, runExport } from './run-export.ts';
import { runFilingExport } from './run-filing.ts';

const BOM_FORMATS = new Set<ExportFormat>(['xlsx', 'csv', 'md', 'json']);

const GROUPS: { title: MessageKey; hint: MessageKey; formats: ExportFormat[] }[] = [
  { title: 'exportDialog.drawing', hint: 'exportDialog.drawingHint', formats: ['pdf', 'pdf-a3', 'pdf-a4', 'pdf-a2', 'pdf-a1', 'svg', 'png2x', 'png3x'] },
  { title: 'exportDialog.bom', hint: 'exportDialog.bomHint', formats: ['xlsx', 'csv', 'md', 'json'] },
  { title: 'exportDialog.report', hint: 'exportDialog.reportHint', formats: ['report-pdf', 'report-html'] },
  { title: 'exportDialog.other', hint: 'exportDialog.drawingHint', formats: ['drawio'] },
];

/** Every export the app offers, in the languages of the filing, from the document itself. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const uiLang = usePrefs((s) => s.lang);
  const catalog = useCatalog();
  const editor = useEditorStore();
  const session = useSession();
  const ui = useUiStore();
  const check = useCheckState((s) => s.result);
  const checkedDoc = useCheckState((s) => s.doc);
  const selection = useEditorState((s) => s.selection);
  const selected = [...selection.nodes, ...selection.edges];
  const [lang, setLang] = useState<Lang>(uiLang);
  const [onlySelection, setOnlySelection] = useState(false);
  const [markFindings, setMarkFindings] = useState(false);
  // 含价格: on whenever a price list is stored, unless the user turns it off.
  const priceList = usePriceList();
  const [withPrices, setWithPrices] = useState(true);
  const doc = useEditorState((s) => s.doc);
  const summary = usePricedSummary(doc, catalog, withPrices ? priceList : null);
  const [busy, setBusy] = useState<ExportFormat | 'filing' | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => prepareExports(lang, catalog), [lang, catalog]);

  const run = async (format: ExportFormat) => {
    const name = t(`exportDialog.format.${format}` as MessageKey);
    setBusy(format);
    setStatus({ error: false, text: t('exportDialog.busy', { format: name }) });
    const doc = editor.getState().doc;
    const outcome = await runExport({
      format,
      doc,
      catalog,
      lang,
      ...(DRAWING_FORMATS.has(format) && onlySelection ? { selection: selected } : {}),
      markFindings: DRAWING_FORMATS.has(format) && markFindings,
      // The live check runs a frame after each change: its result is used only when it is this
      // document's, else the exporter checks the document itself.
      check: checkedDoc === doc ? check : null,
      priceList: BOM_FORMATS.has(format) && withPrices ? priceList : null,
      ...importedFrom(session.importReport.getState()),
    });
    setBusy(null);
    if (!outcome.ok) {
      setStatus({ error: true, text: t('exportDialog.failed', { format: name, reason: outcome.reason }) });
      return;
    }
    setStatus({ error: false, text: t('exportDialog.done', { name: outcome.file.name }) });
    if (outcome.file.notice) ui.getState().notify(outcome.file.notice.messageKey, outcome.file.notice.params, 'warning');
  };

  const runFiling = async () => {
    const name = t('filing.ui.button');
    setBusy('filing');
    setStatus({ error: false, text: t('exportDialog.busy', { format: name }) });
    const doc = editor.getState().doc;
    const outcome = await runFilingExport(doc, catalog, lang, checkedDoc === doc ? check : null);
    setBusy(null);
    setStatus(outcome.ok ? { error: false, text: t('exportDialog.done', { name: outcome.name }) } : { error: true, text: t('exportDialog.failed', { format: name, reason: outcome.reason }) });
  };

  return (
    <Modal title={t('exportDialog.title')} onClose={onClose} className="export-dialog">
      <div className="export-dialog__options">
        <fieldset className="field">
          <legend className="field__label">{t('exportDialog.scope')}</legend>
          <div className="segmented">
            <label>
              <input type="radio" name="scope" checked={!onlySelection} onChange={() => setOnlySelection(false)} />
              {t('exportDialog.scopeAll')}
            </label>
            <label>
              <input type="radio" name="scope" checked={onlySelection} disabled={selected.length === 0} onChange={() => setOnlySelection(true)} />
              {t('exportDialog.scopeSelection', { count: selected.length })}
            </label>
          </div>
        </fieldset>
        <label className="field">
          <span className="field__label">{t('exportDialog.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field field--checkbox">
          <input type="checkbox" checked={markFindings} onChange={(e) => setMarkFindings(e.target.checked)} />
          <span>{t('exportDialog.markFindings')}</span>
        </label>
      </div>
      <section className="export-dialog__group" aria-label={t('filing.ui.title')}>
        <h3>{t('filing.ui.title')}</h3>
        <p className="export-dialog__hint">{t('filing.ui.hint')}</p>
        <div className="export-dialog__buttons">
          <button type="button" disabled={busy !== null} aria-busy={busy === 'filing'} onClick={() => void runFiling()}>
            {t('filing.ui.button')}
          </button>
        </div>
      </section>
      {GROUPS.map((group) => (
        <section key={group.title} className="export-dialog__group" aria-label={t(group.title)}>
          <h3>{t(group.title)}</h3>
          {group.title !== 'exportDialog.other' && <p className="export-dialog__hint">{t(group.hint)}</p>}
          {group.title === 'exportDialog.bom' && (
            <div className="export-dialog__prices">
              {priceList ? (
                <>
                  <label className="field field--checkbox">
                    <input type="checkbox" checked={withPrices} onChange={(e) => setWithPrices(e.target.checked)} />
                    <span>{t('priceUi.include', { date: priceList.date })}</span>
                  </label>
                  {summary && summary.unpriced > 0 && <span className="export-dialog__unpriced">{t('prices.unpricedCount', { count: summary.unpriced })}</span>}
                </>
              ) : (
                <span className="export-dialog__hint">{t('priceUi.noList')}</span>
              )}
              <button type="button" onClick={() => ui.getState().openDialog('prices')}>
                {t('priceUi.manage')}
              </button>
            </div>
          )}
          <div className="export-dialog__buttons">
            {group.formats.map((format) => (
              <button key={format} type="button" disabled={busy !== null} aria-busy={busy === format} onClick={() => void run(format)}>
                {t(`exportDialog.format.${format}` as MessageKey)}
              </button>
            ))}
          </div>
        </section>
      ))}
      {status && (
        <p className={status.error ? 'export-dialog__error' : 'export-dialog__status'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" onClick={() => ui.getState().openDialog('filing')}>
          {t('filing.open')}
        </button>
        <button type="button" onClick={onClose}>
          {t('exportDialog.close')}
        </button>
      </div>
    </Modal>
  );
}

/** The open design's import report, for the compliance report's import section (issue 13). */
function importedFrom({ report, fileName }: ImportReportState) {
  return report ? { imported: { report, fileName } } : {};
}
