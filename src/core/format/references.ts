/**
 * Checks that need the whole document or the catalog, run once the structure is known to be right:
 * ids unique across nodes and edges, products and their props known to the catalog, parents that
 * exist, are zones and end (no cycles, at most 16 ancestors), edges between two distinct products,
 * zone props on the zone kinds they apply to, certificates naming catalog products and editions, at
 * most one per (product, edition, type).
 * Nodes may come in any order: lookups go through maps, never through array position.
 */
import type { Catalog } from '../catalog/types.ts';
import { isSecurityZoneKind, type Diagram, type DiagramNode, type ZoneProps } from '../model/types.ts';
import { isManualItemId, isRuleId } from '../standard/catalogue.ts';
import { t } from '../i18n/translate.ts';
import { formatPath, showValue, type ReadIssue } from './errors.ts';
import { MAX_ANCESTORS } from '../standard/limits.ts';

export function checkReferences(doc: Diagram, catalog: Catalog): ReadIssue[] {
  const issues: ReadIssue[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const first = firstSeen.get(id);
    if (first !== undefined) issues.push({ code: 'duplicateId', path, params: { id, first } });
    else firstSeen.set(id, formatPath(path));
  };
  doc.nodes.forEach((node, i) => claim(node.id, ['nodes', i, 'id']));
  doc.edges.forEach((edge, i) => claim(edge.id, ['edges', i, 'id']));

  const nodeById = new Map<string, DiagramNode>();
  for (const node of doc.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);

  doc.nodes.forEach((node, i) => {
    if (node.kind === 'product') {
      const product = catalog.product(node.product);
      if (!product) {
        issues.push({ code: 'unknownProduct', path: ['nodes', i, 'product'], params: { product: showValue(node.product) } });
      } else {
        for (const prop of Object.keys(node.props ?? {})) {
          if (!(prop in product.props)) {
            issues.push({ code: 'propNotForProduct', path: ['nodes', i, 'props', prop], params: { prop, product: product.name } });
          }
        }
        const edition = node.props?.edition;
        if (edition !== undefined && product.editions && !product.editions.list.some((e) => e.id === edition)) {
          issues.push({
            code: 'unknownEdition',
            path: ['nodes', i, 'props', 'edition'],
            params: { found: showValue(edition), product: product.name, allowed: product.editions.list.map((e) => e.id).join(', ') },
          });
        }
      }
    } else {
      if (node.props?.cidr !== undefined && node.zone !== 'vpc' && !isSecurityZoneKind(node.zone)) {
        issues.push({ code: 'propNotForZone', path: ['nodes', i, 'props', 'cidr'], params: { prop: 'cidr', zone: catalog.zone(node.zone).name } });
      }
      if (node.props?.regionId !== undefined && node.zone !== 'region') {
        issues.push({ code: 'propNotForZone', path: ['nodes', i, 'props', 'regionId'], params: { prop: 'regionId', zone: catalog.zone(node.zone).name } });
      }
      for (const prop of SECURITY_ZONE_PROPS) {
        if (node.props?.[prop] !== undefined && !isSecurityZoneKind(node.zone)) {
          issues.push({ code: 'propNotForZone', path: ['nodes', i, 'props', prop], params: { prop, zone: catalog.zone(node.zone).name } });
        }
      }
    }
    if (node.parent !== undefined) {
      const parent = nodeById.get(node.parent);
      if (!parent) issues.push({ code: 'missingParent', path: ['nodes', i, 'parent'], params: { parent: node.parent } });
      else if (parent.kind !== 'zone') issues.push({ code: 'parentNotZone', path: ['nodes', i, 'parent'], params: { parent: node.parent } });
    }
  });
  if (issues.length === 0) issues.push(...checkParentChains(doc, nodeById));

  doc.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      const node = nodeById.get(edge[end]);
      if (!node) issues.push({ code: 'danglingEdge', path: ['edges', i, end], params: { end, id: edge[end] } });
      else if (node.kind === 'zone') issues.push({ code: 'edgeToZone', path: ['edges', i, end], params: { end, id: edge[end] } });
    }
    if (edge.source === edge.target) issues.push({ code: 'selfLoop', path: ['edges', i, 'target'], params: { id: edge.source } });
    if (edge.mode !== undefined && edge.kind !== 'backup') issues.push({ code: 'modeNotBackup', path: ['edges', i, 'mode'], params: { kind: edge.kind } });
  });

  doc.waivers?.forEach((waiver, i) => {
    if (!isRuleId(waiver.rule)) issues.push({ code: 'unknownRule', path: ['waivers', i, 'rule'], params: { rule: showValue(waiver.rule) } });
  });
  const manualSeen = new Set<string>();
  doc.manual?.forEach((entry, i) => {
    if (!isManualItemId(entry.item)) issues.push({ code: 'unknownManualItem', path: ['manual', i, 'item'], params: { item: showValue(entry.item) } });
    else if (manualSeen.has(entry.item)) issues.push({ code: 'duplicateManualItem', path: ['manual', i, 'item'], params: { item: entry.item } });
    manualSeen.add(entry.item);
  });
  issues.push(...checkCertificates(doc, catalog));
  return issues;
}

/** Zone props (v2) that only security zones take. */
const SECURITY_ZONE_PROPS = ['purpose', 'importance'] as const satisfies readonly (keyof ZoneProps)[];

/**
 * Certificates name a catalog product (one the diagram does not hold is fine: it may come back), one
 * of its editions when they name one, and at most one entry per (product, edition, type).
 */
function checkCertificates(doc: Diagram, catalog: Catalog): ReadIssue[] {
  const issues: ReadIssue[] = [];
  const seen = new Map<string, number>();
  doc.certificates?.forEach((entry, i) => {
    const product = catalog.product(entry.product);
    if (!product) {
      issues.push({ code: 'unknownProduct', path: ['certificates', i, 'product'], params: { product: showValue(entry.product) } });
    } else if (entry.edition !== undefined) {
      if (!product.editions) {
        issues.push({ code: 'productWithoutEditions', path: ['certificates', i, 'edition'], params: { found: showValue(entry.edition), product: product.name } });
      } else if (!product.editions.list.some((e) => e.id === entry.edition)) {
        issues.push({
          code: 'unknownEdition',
          path: ['certificates', i, 'edition'],
          params: { found: showValue(entry.edition), product: product.name, allowed: product.editions.list.map((e) => e.id).join(', ') },
        });
      }
    }
    const key = JSON.stringify([entry.product, entry.edition ?? null, entry.type]);
    const first = seen.get(key);
    if (first !== undefined) {
      const type = { key: `filing.type.${entry.type}` } as const;
      issues.push({ code: 'duplicateCertificate', path: ['certificates', i], params: { product: product?.name ?? entry.product, type, first: formatPath(['certificates', first]) } });
    } else seen.set(key, i);
  });
  return issues;
}

/**
 * Parent chains must end within 16 ancestors. Each node is settled once (its depth memoised), so the
 * whole check is linear; a chain that returns to a node still being followed is a cycle.
 */
function checkParentChains(doc: Diagram, nodeById: Map<string, DiagramNode>): ReadIssue[] {
  const issues: ReadIssue[] = [];
  const indexOf = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const depth = new Map<string, number>();
  for (const start of doc.nodes) {
    // A start settled by an earlier walk stops at once: its chain stays empty.
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: DiagramNode | undefined = start;
    let base = 0;
    while (current) {
      if (depth.has(current.id)) {
        base = depth.get(current.id)! + 1;
        break;
      }
      if (onChain.has(current.id)) {
        // Each cycle is found once: its members are settled right below, so no later walk enters it.
        const cycle = chain.slice(chain.indexOf(current.id));
        const first = cycle[0]!;
        issues.push({ code: 'parentCycle', path: ['nodes', indexOf.get(first)!, 'parent'], params: { ids: [...cycle, first].join(' → ') } });
        // Nodes on or below a cycle get no depth of their own; mark them settled.
        for (const id of chain) depth.set(id, Number.POSITIVE_INFINITY);
        chain.length = 0;
        break;
      }
      chain.push(current.id);
      onChain.add(current.id);
      // Stryker disable next-line ConditionalExpression: looking up an undefined parent finds nothing either, as no node has an undefined id
      current = current.parent === undefined ? undefined : nodeById.get(current.parent);
    }
    // Settle the chain from its top: the last node pushed is the highest ancestor.
    for (let k = chain.length - 1, d = base; k >= 0; k--, d++) {
      const id = chain[k]!;
      // d is the number of ancestors of this node.
      depth.set(id, d);
      // Only the first node past the limit on its path is reported (its parent has exactly the most
      // ancestors allowed), whatever order the nodes come in; nodes on or below a cycle have d = ∞.
      if (d === MAX_ANCESTORS + 1) {
        issues.push({ code: 'tooManyAncestors', path: ['nodes', indexOf.get(id)!, 'parent'], params: { max: MAX_ANCESTORS, id } });
      }
    }
  }
  return issues;
}
