/**
 * How findings name what they are about: by display name (the user's label, else the catalog name),
 * as Localized parameters, so a language switch needs no re-check.
 */
import { nodeDisplayName } from '../catalog/names.ts';
import { t, type MessageRef } from '../i18n/translate.ts';
import type { Localized } from '../model/localized.ts';
import type { DiagramEdge, DiagramNode, Level, Platform } from '../model/types.ts';
import type { RuleContext } from './context.ts';
import { naturalKey } from '../model/compare-ids.ts';
import { memoByObject } from '../model/memo.ts';

/** Lists longer than this are cut, with the number left out ("… 等 12 个"). */
const LIST_LIMIT = 5;

export function nodeName(ctx: RuleContext, node: DiagramNode | string): Localized {
  const found = typeof node === 'string' ? ctx.index.node(node) : node;
  return found ? nodeDisplayName(found, ctx.catalog) : { zh: String(node), en: String(node) };
}

/** "互联网用户 → 负载均衡", or with the edge's label: "用户访问（互联网用户 → 负载均衡）". */
export function edgeName(ctx: RuleContext, edge: DiagramEdge, ends?: { source: DiagramNode; target: DiagramNode }): Localized {
  const slot = edgeNameSlot(edge);
  const known = slot.known;
  if (known?.check === ctx.serial) return known.name; // already confirmed during this check
  // Callers that hold the end nodes already pass them (loops over thousands of edges).
  const source = ends ? ends.source : ctx.index.node(edge.source);
  const target = ends ? ends.target : ctx.index.node(edge.target);
  if (known && known.source === source && known.target === target && known.catalog === ctx.catalog) {
    known.check = ctx.serial;
    return known.name;
  }
  const name = buildEdgeName(ctx, edge);
  slot.known = { source, target, catalog: ctx.catalog, name, check: ctx.serial };
  return name;
}

interface KnownEdgeName {
  source: DiagramNode | undefined;
  target: DiagramNode | undefined;
  catalog: RuleContext['catalog'];
  name: Localized;
  /** Serial number of the check that last confirmed the name (nodes do not change during a check). */
  check: number;
}

/**
 * Edge names kept across checks: documents are immutable, so an edge whose object and whose two end
 * nodes' objects are unchanged still has the same name (the editor re-checks after every change, and
 * most edges are untouched). Weak: a dropped document takes its entries with it.
 */
const edgeNameSlot = memoByObject((_edge: DiagramEdge): { known?: KnownEdgeName } => ({}));

function buildEdgeName(ctx: RuleContext, edge: DiagramEdge): Localized {
  const from = nodeName(ctx, edge.source);
  const to = nodeName(ctx, edge.target);
  const label = edge.label?.trim();
  if (label) return { zh: `${label}（${from.zh} → ${to.zh}）`, en: `${label} (${from.en} → ${to.en})` };
  return { zh: `${from.zh} → ${to.zh}`, en: `${from.en} → ${to.en}` };
}

/** Up to five names joined the way each language lists them, then how many more there are. */
export function nameList(ctx: RuleContext, nodes: readonly DiagramNode[]): Localized | MessageRef {
  const shown = nodes.slice(0, LIST_LIMIT).map((n) => nodeName(ctx, n));
  const zh = shown.map((n) => n.zh).join('、');
  const en = shown.map((n) => n.en).join(', ');
  const rest = nodes.length - shown.length;
  if (rest <= 0) return { zh, en };
  return { key: 'rules.listMore', params: { list: { zh, en }, count: rest } };
}

/** The nodes in natural id order (a new array): list findings name their targets in this order. */
export function inIdOrder<T extends DiagramNode>(_ctx: RuleContext, nodes: readonly T[]): T[] {
  const keyed = nodes.map((node) => ({ node, key: naturalKey(node.id) }));
  keyed.sort((a, b) =>
    // Stryker disable next-line EqualityOperator: distinct ids have distinct natural keys, so `<` and `<=` never disagree
    a.key < b.key
      ? -1
      : // Stryker disable next-line ConditionalExpression,EqualityOperator: only equal keys (never, see above) or a sign Array#sort does not look at (it asks only "negative?") tell 1 from 0 here
        a.key > b.key ? 1 : 0,
  );
  return keyed.map((k) => k.node);
}

const NO_PROTOCOL: Localized = Object.freeze({ zh: '未标注协议', en: 'no protocol given' });

/** An edge's protocol as shown in messages. */
export function protocolName(edge: DiagramEdge): Localized | string {
  return edge.protocol ?? NO_PROTOCOL;
}

/** 第三级 / level 3. */
export function levelName(level: Level): MessageRef {
  return { key: `rules.level.${level}` };
}

/** 阿里云公共云 / Alibaba Cloud public cloud. */
export function platformName(platform: Platform): MessageRef {
  return { key: `rules.platform.${platform}` };
}
