/**
 * The three forms of `diff`'s output (also the compare view's Markdown export): JSON for pipelines (stable order, so two runs print the same
 * bytes), and text and Markdown summaries that end in one sentence: which rules the change closes or
 * opens and what it adds or saves per period ("解决 ABS-05；+¥39,600.00/年"). Pure functions of the
 * comparison; user text (labels, titles, price sources) is cleaned for the terminal and escaped for
 * Markdown.
 */
import { escapeMarkdown } from '../bom/markdown.ts';
import type { Catalog } from '../catalog/types.ts';
import { nodeDisplayName } from '../catalog/names.ts';
import type { Comparison } from './compare.ts';
import type { FieldChange, FieldValue } from './diff.ts';
import { editionName } from '../export/names.ts';
import { drawable } from '../export/text/clean-text.ts';
import { joinList, t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram, DiagramEdge, DiagramNode } from '../model/types.ts';
import { compareIds } from '../model/compare-ids.ts';
import { formatMoney } from '../prices/priced-bom.ts';
import { LAYERS } from '../standard/catalogue.ts';
import type { Finding } from '../rules/finding.ts';

export interface DiffSides {
  before: Diagram;
  after: Diagram;
  /** File names as given on the command line. */
  files: { before: string; after: string };
}

const nodeJson = (node: DiagramNode, catalog: Catalog, lang: Lang) => ({
  id: node.id,
  kind: node.kind,
  what: node.kind === 'zone' ? node.zone : node.product,
  name: nodeDisplayName(node, catalog)[lang],
  parent: node.parent ?? null,
});
const edgeJson = (edge: DiagramEdge) => ({ id: edge.id, source: edge.source, target: edge.target, kind: edge.kind });
const fieldJson = (f: FieldChange) => ({ field: f.field, before: f.before ?? null, after: f.after ?? null });
const findingJson = (f: Finding, lang: Lang) => ({ rule: f.rule, severity: f.severity, clause: f.clause, targets: f.targets, waived: f.waived, message: t(lang, f.messageKey, f.params) });

/** Rules with an open error on one side and none on the other. */
export function closedAndOpened(c: Comparison): { closes: string[]; opens: string[] } {
  const open = (findings: readonly Finding[]) => new Set(findings.filter((f) => f.severity === 'error' && !f.waived).map((f) => f.rule));
  const before = open(c.checks.before.findings);
  const after = open(c.checks.after.findings);
  return { closes: [...before].filter((r) => !after.has(r)).sort(compareIds), opens: [...after].filter((r) => !before.has(r)).sort(compareIds) };
}

export function diffJson(c: Comparison, sides: DiffSides, catalog: Catalog, lang: Lang): string {
  const { diff, findings } = c;
  const { closes, opens } = closedAndOpened(c);
  const newNodes = new Map(sides.after.nodes.map((n) => [n.id, n]));
  const report = {
    old: { file: sides.files.before, title: sides.before.meta.title, level: findings.level.before },
    new: { file: sides.files.after, title: sides.after.meta.title, level: findings.level.after },
    meta: diff.meta.map(fieldJson),
    nodes: {
      added: diff.nodes.added.map((n) => nodeJson(n, catalog, lang)),
      removed: diff.nodes.removed.map((n) => nodeJson(n, catalog, lang)),
      changed: diff.nodes.changed.map((ch) => ({ old: ch.before, new: ch.after, name: nodeDisplayName(newNodes.get(ch.after)!, catalog)[lang], fields: ch.fields.map(fieldJson) })),
      moved: diff.nodes.moved.map((m) => ({ old: m.before, new: m.after })),
    },
    edges: {
      added: diff.edges.added.map(edgeJson),
      removed: diff.edges.removed.map(edgeJson),
      changed: diff.edges.changed.map((ch) => ({ old: ch.before, new: ch.after, fields: ch.fields.map(fieldJson) })),
    },
    findings: {
      appear: findings.appear.map((f) => findingJson(f, lang)),
      go: findings.go.map((f) => findingJson(f, lang)),
      changed: findings.changed.map(({ before, after }) => ({
        rule: after.rule,
        targets: after.targets,
        before: { severity: before.severity, clause: before.clause, waived: before.waived },
        after: { severity: after.severity, clause: after.clause, waived: after.waived },
      })),
      closes,
      opens,
    },
    summary: findings.summary,
    readiness: Object.fromEntries(LAYERS.map((layer) => [layer, findings.readiness[layer]])),
    bom: c.bom
      .filter((l) => l.before !== l.after)
      .map((l) => ({ product: l.product, name: catalog.product(l.product)?.name[lang] ?? l.product, edition: l.edition ?? null, spec: l.spec ?? null, before: l.before, after: l.after })),
    ...(c.cost
      ? {
          cost: {
            list: c.cost.after.listDate,
            at: { old: c.cost.before.date, new: c.cost.after.date },
            totals: c.cost.delta,
            unpriced: { old: c.cost.before.unpriced, new: c.cost.after.unpriced },
          },
        }
      : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

type Style = 'text' | 'md';

function value(v: FieldValue | undefined): string {
  return v === undefined ? '—' : drawable(String(v));
}

function fieldsText(fields: readonly FieldChange[]): string {
  return fields.map((f) => `${f.field} ${value(f.before)} → ${value(f.after)}`).join('; ');
}

function nodeName(node: DiagramNode | undefined, id: string, catalog: Catalog, lang: Lang): string {
  return node ? `${drawable(nodeDisplayName(node, catalog)[lang])} (${id})` : id;
}

function bomName(product: string, edition: string | undefined, spec: string | undefined, catalog: Catalog, lang: Lang): string {
  const p = catalog.product(product);
  return [p?.name[lang] ?? product, editionName(p, edition, lang), spec === undefined ? undefined : drawable(spec)].filter((s) => s !== undefined && s !== '').join(' ');
}

/** The closing sentence: rules closed and opened, and the cost change per period. */
export function diffSummary(c: Comparison, lang: Lang): string {
  const { closes, opens } = closedAndOpened(c);
  const parts: string[] = [];
  if (closes.length > 0) parts.push(t(lang, 'diff.summaryCloses', { rules: joinList(closes, lang) }));
  if (opens.length > 0) parts.push(t(lang, 'diff.summaryOpens', { rules: joinList(opens, lang) }));
  if (parts.length === 0) parts.push(t(lang, 'diff.summaryNothing'));
  for (const d of c.cost?.delta ?? []) {
    if (d.delta === 0) continue;
    parts.push(t(lang, 'diff.summaryCost', { sign: d.delta > 0 ? '+' : '', amount: formatMoney(d.delta, d.currency), per: t(lang, `prices.per.${d.period}`) }));
  }
  return t(lang, 'diff.summary', { parts: parts.join(lang === 'zh' ? '；' : '; ') });
}

function report(c: Comparison, sides: DiffSides, catalog: Catalog, lang: Lang, style: Style): string {
  const out: string[] = [];
  const esc = (text: string) => (style === 'md' ? escapeMarkdown(text) : text);
  const heading = (text: string) => out.push(style === 'md' ? `## ${esc(text)}` : text);
  const item = (text: string) => out.push(style === 'md' ? `- ${esc(text)}` : `  ${text}`);
  const { diff, findings } = c;
  const oldNodes = new Map(sides.before.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(sides.after.nodes.map((n) => [n.id, n]));
  const level = (l: 2 | 3 | 4) => t(lang, `rules.level.${l}`);

  const title = t(lang, 'diff.title', { before: drawable(sides.before.meta.title), after: drawable(sides.after.meta.title) });
  out.push(style === 'md' ? `# ${esc(title)}` : title, '');
  for (const m of diff.meta) {
    const known = m.field === 'title' || m.field === 'level' || m.field === 'platform';
    const show = (v: FieldValue | undefined) => (m.field === 'level' && typeof v === 'number' ? level(v as 2 | 3 | 4) : m.field === 'platform' && v !== undefined ? t(lang, `rules.platform.${v as 'alibaba-public'}`) : value(v));
    if (known) item(t(lang, 'diff.meta', { field: t(lang, `diff.field.meta.${m.field as 'title'}`), before: show(m.before), after: show(m.after) }));
    else item(t(lang, 'diff.meta', { field: m.field, before: value(m.before), after: value(m.after) }));
  }
  if (diff.meta.length > 0) out.push('');

  heading(t(lang, 'diff.nodes', { added: diff.nodes.added.length, removed: diff.nodes.removed.length, changed: diff.nodes.changed.length, moved: diff.nodes.moved.length }));
  for (const n of diff.nodes.added) item(t(lang, 'diff.added', { name: nodeName(n, n.id, catalog, lang) }));
  for (const n of diff.nodes.removed) item(t(lang, 'diff.removed', { name: nodeName(n, n.id, catalog, lang) }));
  for (const ch of diff.nodes.changed) item(t(lang, 'diff.changed', { name: nodeName(newNodes.get(ch.after) ?? oldNodes.get(ch.before), ch.after, catalog, lang), fields: fieldsText(ch.fields) }));
  out.push('');
  heading(t(lang, 'diff.edges', { added: diff.edges.added.length, removed: diff.edges.removed.length, changed: diff.edges.changed.length }));
  const edgeName = (e: DiagramEdge, nodes: Map<string, DiagramNode>) => `${e.id}: ${nodeName(nodes.get(e.source), e.source, catalog, lang)} → ${nodeName(nodes.get(e.target), e.target, catalog, lang)} (${e.kind})`;
  for (const e of diff.edges.added) item(t(lang, 'diff.added', { name: edgeName(e, newNodes) }));
  for (const e of diff.edges.removed) item(t(lang, 'diff.removed', { name: edgeName(e, oldNodes) }));
  for (const ch of diff.edges.changed) item(t(lang, 'diff.changed', { name: ch.after, fields: fieldsText(ch.fields) }));
  out.push('');

  heading(t(lang, 'diff.findings', { before: level(findings.level.before), after: level(findings.level.after), errorsBefore: findings.summary.before.error, errorsAfter: findings.summary.after.error }));
  const findingText = (f: Finding) => ({ rule: f.rule, clause: f.clause, message: `[${t(lang, `severity.${f.severity}`)}] ${t(lang, f.messageKey, f.params)}` });
  for (const f of findings.go) item(t(lang, 'diff.go', findingText(f)));
  for (const f of findings.appear) item(t(lang, 'diff.appear', findingText(f)));
  for (const { before, after } of findings.changed) {
    item(t(lang, 'diff.severity', { rule: after.rule, before: `${t(lang, `severity.${before.severity}`)} ${before.clause}`, after: `${t(lang, `severity.${after.severity}`)} ${after.clause}` }));
  }
  const layers = LAYERS.map((layer) => {
    const r = findings.readiness[layer];
    return `${t(lang, `layer.${layer}`)} ${r.before.passing}/${r.before.applicable} → ${r.after.passing}/${r.after.applicable}`;
  });
  out.push('', esc(t(lang, 'diff.readiness', { layers: layers.join(' · ') })), '');

  const bom = c.bom.filter((l) => l.before !== l.after);
  if (bom.length > 0) {
    heading(t(lang, 'diff.bom'));
    for (const l of bom) item(t(lang, 'diff.bomLine', { name: bomName(l.product, l.edition, l.spec, catalog, lang), before: l.before, after: l.after }));
    out.push('');
  }
  if (c.cost) {
    const totals = c.cost.delta.map((d) =>
      t(lang, 'diff.costTotal', {
        before: formatMoney(d.before, d.currency),
        after: formatMoney(d.after, d.currency),
        delta: `${d.delta > 0 ? '+' : ''}${formatMoney(d.delta, d.currency)}`,
        per: t(lang, `prices.per.${d.period}`),
      }),
    );
    heading(t(lang, 'diff.cost'));
    for (const total of totals) item(total);
    const unpriced = c.cost.after.lines.filter((l) => l.status === 'unpriced').map((l) => bomName(l.line.product, l.line.edition, l.line.spec, catalog, lang));
    if (unpriced.length > 0) item(t(lang, 'diff.unpriced', { count: unpriced.length, lines: joinList(unpriced, lang) }));
    out.push('');
  }
  out.push(esc(diffSummary(c, lang)));
  return `${out.join('\n')}\n`;
}

export const diffText = (c: Comparison, sides: DiffSides, catalog: Catalog, lang: Lang): string => report(c, sides, catalog, lang, 'text');
export const diffMarkdown = (c: Comparison, sides: DiffSides, catalog: Catalog, lang: Lang): string => report(c, sides, catalog, lang, 'md');
