/**
 * What a screen reader calls each product, zone and connection on the canvas, in the UI language:
 * "云服务器 ECS，应用区，3 个错误", "互联网用户 → DDoS原生防护，业务流量，HTTPS，1 个错误". Without them it reads
 * a node's text run together ("云服务器 ECS6") and React Flow's "Edge from a-1 to b-1".
 *
 * Names are memoised per element on the objects they are made from (the document's node or edge, its
 * zone or ends, its open findings), so syncing 2,000 nodes after a selection change builds none.
 */
import { nodeDisplayName, nodeKindName } from '../../core/catalog/names.ts';
import type { Catalog } from '../../core/catalog/types.ts';
import { t, type MessageKey } from '../../core/i18n/translate.ts';
import type { DiagramIndex } from '../../core/index/diagram-index.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { DiagramEdge, DiagramNode, ZoneNode } from '../../core/model/types.ts';
import type { Marks } from '../../core/rules/index.ts';

export interface AccessibleNamer {
  readonly lang: Lang;
  node(node: DiagramNode, index: DiagramIndex, marks: Marks | undefined): string;
  edge(edge: DiagramEdge, index: DiagramIndex, marks: Marks | undefined, encrypted: boolean): string;
}

interface Memo {
  inputs: readonly unknown[];
  name: string;
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A zone as people say it: its kind and the user's label, "应用区 app-1" (one of them when it says both). */
export function zoneName(zone: ZoneNode, catalog: Catalog, lang: Lang): string {
  const kind = nodeKindName(zone, catalog)[lang];
  const label = zone.label?.trim();
  if (!label || label.includes(kind)) return label || kind;
  return `${kind} ${label}`;
}

/** A product: its label and what it is ("web-1 云服务器 ECS"), or what it is. */
export function productName(node: DiagramNode, catalog: Catalog, lang: Lang): string {
  const kind = nodeKindName(node, catalog)[lang];
  const label = node.label?.trim();
  return label && label !== kind ? `${label} ${kind}` : kind;
}

export function createAccessibleNamer(catalog: Catalog, lang: Lang): AccessibleNamer {
  const say = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const join = (parts: readonly (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(say('a11y.separator'));
  const findings = (marks: Marks | undefined) => [
    marks && marks.error > 0 ? say('a11y.errors', { count: marks.error }) : undefined,
    marks && marks.warning > 0 ? say('a11y.warnings', { count: marks.warning }) : undefined,
  ];
  // Keyed on the document's objects, so deleted elements' names go with them.
  const memo = new WeakMap<DiagramNode | DiagramEdge, Memo>();
  const remembered = (of: DiagramNode | DiagramEdge, inputs: readonly unknown[], build: () => string) => {
    const known = memo.get(of);
    if (known && sameInputs(known.inputs, inputs)) return known.name;
    const name = build();
    memo.set(of, { inputs, name });
    return name;
  };

  return {
    lang,
    node(node, index, marks) {
      if (node.kind === 'zone') {
        const count = index.children(node.id).length;
        return remembered(node, [count, marks?.error, marks?.warning], () =>
          join([zoneName(node, catalog, lang), say('a11y.zoneItems', { count }), ...findings(marks)]),
        );
      }
      const zone = index.securityZone(node.id) ?? (node.parent !== undefined ? index.node(node.parent) : undefined);
      return remembered(node, [zone, marks?.error, marks?.warning], () =>
        join([
          productName(node, catalog, lang),
          zone?.kind === 'zone' ? zoneName(zone, catalog, lang) : say('a11y.noZone'),
          ...findings(marks),
        ]),
      );
    },
    edge(edge, index, marks, encrypted) {
      const source = index.node(edge.source);
      const target = index.node(edge.target);
      return remembered(edge, [source, target, marks?.error, marks?.warning, encrypted], () => {
        const end = (node: DiagramNode | undefined, id: string) => (node ? nodeDisplayName(node, catalog)[lang] : id);
        const protocol = [edge.protocol, edge.port].filter((p) => p !== undefined).join(':');
        return join([
          say('a11y.edgeEnds', { from: end(source, edge.source), to: end(target, edge.target) }),
          edge.label?.trim(),
          say(`edgeKind.${edge.kind}`),
          protocol,
          encrypted ? say('a11y.encrypted') : undefined,
          ...findings(marks),
        ]);
      });
    },
  };
}

/** The role names React Flow would otherwise give in English ("node", "edge"), one object per language. */
export function roleDescriptions(lang: Lang) {
  return {
    product: { 'aria-roledescription': t(lang, 'a11y.role.product') },
    zone: { 'aria-roledescription': t(lang, 'a11y.role.zone') },
    edge: { 'aria-roledescription': t(lang, 'a11y.role.edge') },
  } as const;
}
