import { useDeferredValue, useMemo, useState } from 'react';
import type { MessageKey } from '../../core/i18n/translate.ts';
import { LAYERS, type Layer } from '../../core/standard/catalogue.ts';
import type { Finding } from '../../core/rules/finding.ts';
import { fixKey } from '../../core/rules/fixes/fix.ts';
import { nothingToAssess } from '../../core/rules/readiness.ts';
import { useCheckState } from '../checking/check-context.tsx';
import { useCatalog, useSelection } from '../editor/editor-context.tsx';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { targetNamer } from './target-names.ts';
import { fixCounts } from './fix-groups.ts';
import { FindingItem } from './FindingItem.tsx';
import { ManualItems } from './ManualItems.tsx';

/**
 * The findings of the live check, grouped by layer (一个中心，三重防护 plus cloud and design hygiene),
 * with counts by severity and readiness per layer. When something is selected, only its findings
 * are shown.
 */
/** Findings shown per layer before "show the rest": a design with hundreds stays quick to edit. */
const PAGE = 40;

export function FindingsPanel() {
  const t = useT();
  const local = useLocalized();
  const catalog = useCatalog();
  const result = useCheckState((s) => s.result);
  const checkedDoc = useCheckState((s) => s.doc);
  const [shown, setShown] = useState<Partial<Record<Layer, number>>>({});
  // One step behind the canvas, as the inspector is (see Inspector): filtering and laying out the
  // list must not hold up the first frame of a drag, which selects what it drags.
  const selection = useDeferredValue(useSelection());
  const [expanded, setExpanded] = useState(true);
  const [showAll, setShowAll] = useState(false);
  const selected = useMemo(() => new Set([...selection.nodes, ...selection.edges]), [selection]);
  const filtering = selected.size > 0 && !showAll;
  const visible = useMemo(() => {
    if (!result) return [];
    return filtering ? result.findings.filter((f) => f.targets.some((id) => selected.has(id))) : result.findings;
  }, [result, filtering, selected]);
  const resolves = useMemo(() => (result ? fixCounts(result) : new Map<string, number>()), [result]);
  const names = useMemo(() => (checkedDoc ? targetNamer(checkedDoc, catalog, local) : () => []), [checkedDoc, catalog, local]);
  if (!result) return null;
  const byLayer = new Map<Layer, Finding[]>(LAYERS.map((l) => [l, []]));
  for (const finding of visible) byLayer.get(finding.layer)!.push(finding);
  const { summary } = result;
  return (
    <section className={`findings${expanded ? '' : ' is-collapsed'}`} aria-label={t('findings.title')}>
      <header className="findings__header">
        <button type="button" className="findings__collapse" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} aria-label={expanded ? t('findings.collapse') : t('findings.expand')}>
          {expanded ? '▾' : '▴'}
        </button>
        <h2 className="findings__title">{t('findings.title')}</h2>
        <span className="findings__level">{t('findings.checkedAt', { level: t(`level.${result.level}`) })}</span>
        <span className="findings__counts" role="status" aria-live="polite">
          <span className="count count--error">{t('findings.count.error', { count: summary.error })}</span>
          <span className="count count--warning">{t('findings.count.warning', { count: summary.warning })}</span>
          <span className="count count--info">{t('findings.count.info', { count: summary.info })}</span>
          <span className="count count--waived">{t('findings.count.waived', { count: summary.waived })}</span>
        </span>
        <span className="findings__readiness-label">{t('readiness.label')}</span>
        <span className="findings__readiness">
          {checkedDoc && nothingToAssess(checkedDoc) && <span className="findings__readiness-empty">{t('readiness.empty')}</span>}
          {!(checkedDoc && nothingToAssess(checkedDoc)) && LAYERS.map((layer) => {
            const r = result.readiness[layer];
            if (r.applicable === 0) return null;
            const pct = Math.round((100 * r.passing) / r.applicable);
            return (
              <span key={layer} className="readiness" title={`${t(`layer.${layer}` as MessageKey)} ${r.passing}/${r.applicable}`}>
                <span className="readiness__name">{t(`layer.${layer}` as MessageKey)}</span>
                <span className="readiness__bar" aria-hidden="true">
                  <span style={{ width: `${pct}%` }} />
                </span>
                <span className="readiness__value">{t('readiness.value', { passing: r.passing, applicable: r.applicable })}</span>
              </span>
            );
          })}
        </span>
      </header>
      {expanded && (
        <div className="findings__body">
          {selected.size > 0 && (
            <p className="findings__filter">
              {filtering ? t('findings.filtered') : ''}
              <button type="button" onClick={() => setShowAll(!showAll)}>
                {filtering ? t('findings.showAll') : t('findings.filtered')}
              </button>
            </p>
          )}
          {visible.length === 0 && <p className="findings__empty">{filtering ? t('findings.noneForSelection') : t('findings.none')}</p>}
          {LAYERS.map((layer) => {
            const list = byLayer.get(layer)!;
            if (list.length === 0) return null;
            return (
              <section key={layer} className="findings__group" aria-label={t(`layer.${layer}` as MessageKey)}>
                <h3 className="findings__group-title">
                  {t(`layer.${layer}` as MessageKey)} <span className="findings__group-meta">{list.length}</span>
                </h3>
                <ul>
                  {list.slice(0, shown[layer] ?? PAGE).map((finding) => (
                    // Keyed by what the finding is about, so an expanded finding stays expanded across re-checks.
                    <FindingItem
                      key={`${finding.rule}:${finding.targets.join(',')}:${finding.messageKey}`}
                      finding={finding}
                      resolves={finding.fix ? (resolves.get(fixKey(finding.fix.change)) ?? 1) : 0}
                      names={names}
                    />
                  ))}
                </ul>
                {list.length > (shown[layer] ?? PAGE) && (
                  <button type="button" className="findings__more" onClick={() => setShown({ ...shown, [layer]: list.length })}>
                    {t('findings.showRest', { count: list.length - (shown[layer] ?? PAGE) })}
                  </button>
                )}
              </section>
            );
          })}
          {!filtering && <ManualItems />}
        </div>
      )}
    </section>
  );
}
