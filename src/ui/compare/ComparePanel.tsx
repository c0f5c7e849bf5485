/**
 * The compare view's side panel: the change (nodes and edges added, removed, changed with their
 * fields), the findings that go and appear (rule id and clause at the level checked), readiness per
 * layer before → after, the BOM difference line by line, and the cost difference when a price list
 * is at hand. Everything is text from the comparison; user text is rendered as text nodes.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { nodeDisplayName } from '../../core/catalog/names.ts';
import { editionName } from '../../core/export/names.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { DiagramEdge, DiagramNode } from '../../core/model/types.ts';
import { formatMoney } from '../../core/prices/priced-bom.ts';
import { LAYERS } from '../../core/standard/catalogue.ts';
import { joinList } from '../../core/i18n/translate.ts';
import type { Finding } from '../../core/rules/finding.ts';
import { useT } from '../i18n/use-t.ts';
import { fieldsLine } from './compare-marks.ts';
import type { CompareResult } from './run-compare.ts';

export function ComparePanel({ result, catalog, lang }: { result: CompareResult; catalog: Catalog; lang: Lang }) {
  const t = useT();
  const ct = useT();
  const { comparison: c, sides } = result;
  const { diff, findings } = c;
  const oldNodes = new Map(sides.before.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(sides.after.nodes.map((n) => [n.id, n]));
  const name = (n: DiagramNode | undefined, id: string) => (n ? nodeDisplayName(n, catalog)[lang] : id);
  const edgeName = (e: DiagramEdge, nodes: Map<string, DiagramNode>) => `${name(nodes.get(e.source), e.source)} → ${name(nodes.get(e.target), e.target)}`;
  const level = (l: 2 | 3 | 4) => t(`level.${l}`);
  // Changed parents and edge ends name the new design's node (see diff.ts); an id not there is the old one's.
  const nameOf = (id: string) => name(newNodes.get(id) ?? oldNodes.get(id), id);
  const newEdges = new Map(sides.after.edges.map((e) => [e.id, e]));
  const finding = (f: Finding) => (
    <>
      <span className="cmp-rule">{f.rule}</span> <span className="cmp-clause">{f.clause}</span> {t(f.messageKey, f.params)}
    </>
  );
  const bom = c.bom.filter((l) => l.before !== l.after);
  const nothing = diff.nodes.added.length + diff.nodes.removed.length + diff.nodes.changed.length + diff.edges.added.length + diff.edges.removed.length + diff.edges.changed.length === 0;
  return (
    <aside className="cmp-panel" aria-label={ct('compare.changes')}>
      <p className="cmp-summary" data-testid="compare-summary">
        {t('diff.findings', { before: level(findings.level.before), after: level(findings.level.after), errorsBefore: findings.summary.before.error, errorsAfter: findings.summary.after.error })}
      </p>
      <p className="cmp-summary__rules" data-testid="compare-closes">
        {t('diff.summary', {
          parts: [
            ...(result.closes.length > 0 ? [t('diff.summaryCloses', { rules: joinList(result.closes, lang) })] : []),
            ...(result.opens.length > 0 ? [t('diff.summaryOpens', { rules: joinList(result.opens, lang) })] : []),
            ...(result.closes.length + result.opens.length === 0 ? [t('diff.summaryNothing')] : []),
          ].join(lang === 'zh' ? '；' : '; '),
        })}
      </p>
      <section>
        <h3>{ct('compare.findings')}</h3>
        <ul className="cmp-list" data-testid="compare-findings">
          {findings.go.map((f, i) => (
            <li key={`g${i}`} className="is-go" data-rule={f.rule}>
              <strong>{ct('compare.findingsGo')}</strong> {finding(f)}
            </li>
          ))}
          {findings.appear.map((f, i) => (
            <li key={`p${i}`} className="is-appear" data-rule={f.rule}>
              <strong>{ct('compare.findingsAppear')}</strong> {finding(f)}
            </li>
          ))}
          {findings.changed.map(({ before, after }, i) => (
            <li key={`s${i}`} className="is-changed" data-rule={after.rule}>
              {t('diff.severity', { rule: after.rule, before: `${t(`severity.${before.severity}`)} ${before.clause}`, after: `${t(`severity.${after.severity}`)} ${after.clause}` })}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{ct('compare.readiness')}</h3>
        <table className="cmp-table" data-testid="compare-readiness">
          <tbody>
            {LAYERS.map((layer) => {
              const r = findings.readiness[layer];
              return (
                <tr key={layer}>
                  <th scope="row">{t(`layer.${layer}`)}</th>
                  <td>
                    {r.before.passing}/{r.before.applicable} → {r.after.passing}/{r.after.applicable}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{ct('compare.changes')}</h3>
        {nothing && <p>{ct('compare.noChanges')}</p>}
        <ul className="cmp-list" data-testid="compare-changes">
          {diff.nodes.added.map((n) => (
            <li key={`a${n.id}`} className="is-added" data-node={n.id}>
              {ct('compare.nodeAdded', { name: name(n, n.id) })}
            </li>
          ))}
          {diff.nodes.removed.map((n) => (
            <li key={`r${n.id}`} className="is-removed" data-node={n.id}>
              {ct('compare.nodeRemoved', { name: name(n, n.id) })}
            </li>
          ))}
          {diff.nodes.changed.map((ch) => (
            <li key={`c${ch.after}`} className="is-changed" data-node={ch.after}>
              {ct('compare.nodeChanged', { name: name(newNodes.get(ch.after), ch.after), fields: fieldsLine(ch.fields, nameOf) })}
            </li>
          ))}
          {diff.edges.added.map((e) => (
            <li key={`ea${e.id}`} className="is-added">
              {ct('compare.nodeAdded', { name: edgeName(e, newNodes) })}
            </li>
          ))}
          {diff.edges.removed.map((e) => (
            <li key={`er${e.id}`} className="is-removed">
              {ct('compare.nodeRemoved', { name: edgeName(e, oldNodes) })}
            </li>
          ))}
          {diff.edges.changed.map((ch) => (
            <li key={`ec${ch.after}`} className="is-changed">
              {ct('compare.nodeChanged', { name: newEdges.has(ch.after) ? edgeName(newEdges.get(ch.after)!, newNodes) : ch.after, fields: fieldsLine(ch.fields, nameOf) })}
            </li>
          ))}
        </ul>
      </section>
      {bom.length > 0 && (
        <section>
          <h3>{ct('compare.bom')}</h3>
          <table className="cmp-table" data-testid="compare-bom">
            <tbody>
              {bom.map((l) => {
                const p = catalog.product(l.product);
                const label = [p?.name[lang] ?? l.product, editionName(p, l.edition, lang), l.spec].filter(Boolean).join(' ');
                return (
                  <tr key={`${l.product}|${l.edition ?? ''}|${l.spec ?? ''}`} className={l.after > l.before ? 'is-added' : 'is-removed'}>
                    <th scope="row">{label}</th>
                    <td>
                      {l.before} → {l.after}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      {c.cost && (
        <section>
          <h3>{ct('compare.cost')}</h3>
          <ul className="cmp-list" data-testid="compare-cost">
            {c.cost.delta.map((d) => (
              <li key={`${d.period}${d.currency}`}>
                {t('diff.costTotal', { before: formatMoney(d.before, d.currency), after: formatMoney(d.after, d.currency), delta: `${d.delta > 0 ? '+' : ''}${formatMoney(d.delta, d.currency)}`, per: t(`prices.per.${d.period}`) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
