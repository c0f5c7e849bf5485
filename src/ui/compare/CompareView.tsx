/**
 * The compare view (issue 14): a full-window dialog over the editor with the marked canvas, the
 * side panel and the exports; for the level delta also the proposal's fixes, what stays open and
 * 采纳. Closing it (返回编辑, Escape) returns to editing; the view only reads the two designs.
 */
import { useEffect, useState } from 'react';
import './compare.css';
import type { PriceList } from '../../core/prices/types.ts';
import { useCatalog } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { Modal } from '../shell/Modal.tsx';
import { usePrefs } from '../state/prefs-store.ts';
import { CompareCanvas } from './CompareCanvas.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import type { CompareRequest } from './compare-request.ts';
import { exportCompareMarkdown, exportComparePdfFile, runCompare, type CompareResult } from './run-compare.ts';
import { usePriceList } from '../prices/use-price-list.ts';

export interface CompareViewProps {
  request: CompareRequest;
  onClose: () => void;
  /** 采纳 (level delta only): adopt the proposal into the user's design. */
  onAdopt?: () => void;
  /** The price list to price both sides with; defaults to the stored one that applies (`usePriceList`), none without. */
  prices?: PriceList;
}

export function CompareView({ request, onClose, onAdopt, prices }: CompareViewProps) {
  const t = useT();
  const ct = useT();
  const catalog = useCatalog();
  const lang = usePrefs((s) => s.lang);
  const stored = usePriceList() ?? undefined;
  const priceList = prices ?? stored;
  const [result, setResult] = useState<CompareResult | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void runCompare(request, catalog, priceList).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [request, catalog, priceList]);
  const exporting = (run: () => Promise<string>) => () =>
    void run().then(
      (name) => setMessage(ct('compare.exported', { name })),
      (error: unknown) => setMessage(ct('compare.exportFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  const proposal = request.proposal;
  const level = (l: 2 | 3 | 4) => t(`level.${l}`);
  return (
    <Modal title={t('diff.title', { before: request.before.name, after: request.after.name })} onClose={onClose} className="compare-view">
      <div className="cmp-bar">
        <span className="cmp-legend" aria-label={ct('compare.legend')}>
          <span className="cmp-key is-added">{ct('compare.added')}</span>
          <span className="cmp-key is-removed">{ct('compare.removed')}</span>
          <span className="cmp-key is-changed">{ct('compare.changed')}</span>
        </span>
        {!result && <span role="status">{ct('compare.running')}</span>}
        <span className="cmp-bar__spacer" />
        <span role="status" className="cmp-message">
          {message}
        </span>
        <button type="button" disabled={!result} onClick={result && exporting(() => exportCompareMarkdown(result, catalog, lang))}>
          {ct('compare.exportMd')}
        </button>
        <button type="button" disabled={!result} onClick={result && exporting(() => exportComparePdfFile(result, catalog, lang))}>
          {ct('compare.exportPdf')}
        </button>
        {proposal && onAdopt && (
          <button type="button" className="primary" onClick={onAdopt}>
            {ct('compare.adopt')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {ct('compare.leave')}
        </button>
      </div>
      {proposal && (
        <div className="cmp-proposal" data-testid="compare-proposal">
          <p>{ct('compare.applied', { count: proposal.applied.length })}</p>
          {proposal.remaining.filter((f) => f.severity === 'error').length === 0 ? (
            <p>{ct('compare.remainingNone', { level: level(proposal.level) })}</p>
          ) : (
            <>
              <p>{ct('compare.remaining', { count: proposal.remaining.filter((f) => f.severity === 'error').length })}</p>
              <ul className="cmp-list" data-testid="compare-remaining">
                {proposal.remaining
                  .filter((f) => f.severity === 'error')
                  .map((f, i) => (
                    <li key={i} data-rule={f.rule}>
                      {f.rule} {f.clause} {t(f.messageKey, f.params)}
                    </li>
                  ))}
              </ul>
            </>
          )}
        </div>
      )}
      {result && (
        <div className="cmp-body" data-testid="compare-view">
          <CompareCanvas after={request.after.doc} marks={result.marks} />
          <ComparePanel result={result} catalog={catalog} lang={lang} />
        </div>
      )}
    </Modal>
  );
}
