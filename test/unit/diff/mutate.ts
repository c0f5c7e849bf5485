/**
 * Random edits of a design for the diff properties: what users and importers do between two versions
 * (delete, add, relabel, change props and quantities, move, resize, reparent, reconnect, change the
 * level and title), and optionally every id replaced (a re-drawn or re-imported design) and the
 * document order shuffled. Every result is a valid document: unique ids, parents that are zones,
 * edges between existing nodes.
 */
import type { Diagram, DiagramEdge, DiagramNode, Level, ProductNode } from '../../../src/core/model/types.ts';
import { withoutNodes } from '../rules/fix-geometry.ts';

const PROTOCOLS = ['HTTPS', 'HTTP', 'TCP', 'SSH', 'MySQL'] as const;
const EDITION_PICKS: Record<string, string[]> = { security_center: ['anti_virus', 'advanced', 'enterprise'], waf: ['subscription', 'payg'], rds: ['basic', 'ha'] };

export interface MutateOptions {
  renameIds: boolean;
  shuffle: boolean;
}

function shuffled<T>(list: readonly T[], next: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Parents before children, as a reader needs nothing of the sort but the canonical writer expects a tree. */
function descendants(doc: Diagram, id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of doc.nodes) if (n.parent !== undefined && out.has(n.parent) && !out.has(n.id)) out.add(n.id), (grew = true);
  }
  return out;
}

export function mutate(base: Diagram, next: () => number, options: MutateOptions): Diagram {
  const pick = <T,>(list: readonly T[]): T | undefined => (list.length === 0 ? undefined : list[Math.floor(next() * list.length)]);
  let doc: Diagram = structuredClone(base);
  const edits = Math.floor(next() * 8);
  let fresh = 0;
  const taken = new Set([...doc.nodes, ...doc.edges].map((x) => x.id));
  const freshId = (prefix: string) => {
    let id: string;
    do id = `${prefix}${++fresh}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
  for (let k = 0; k < edits; k++) {
    const what = Math.floor(next() * 11);
    const node = pick(doc.nodes);
    const product = pick(doc.nodes.filter((n): n is ProductNode => n.kind === 'product'));
    const edge = pick(doc.edges);
    switch (what) {
      case 0:
        if (node) doc = withoutNodes(doc, [node.id]);
        break;
      case 1:
        if (product) {
          const copy: DiagramNode = { ...structuredClone(product), id: freshId('new-'), position: { x: product.position.x + 10, y: product.position.y + 10 } };
          doc.nodes.push(copy);
          if (next() < 0.7) doc.edges.push({ id: freshId('new-e-'), source: product.id, target: copy.id, kind: 'traffic', protocol: pick(PROTOCOLS)! });
        }
        break;
      case 2:
        if (node) node.label = next() < 0.2 ? undefined! : `标签 ${Math.floor(next() * 5)}`;
        if (node && node.label === undefined) delete node.label;
        break;
      case 3:
        if (product) product.quantity = next() < 0.3 ? undefined! : 1 + Math.floor(next() * 4);
        if (product && product.quantity === undefined) delete product.quantity;
        break;
      case 4:
        if (product) {
          const props = { ...product.props };
          const editions = EDITION_PICKS[product.product];
          if (editions && next() < 0.5) props.edition = pick(editions)!;
          else if (next() < 0.5) props.multiAZ = !props.multiAZ;
          else props.spec = next() < 0.3 ? 'ecs.g7.xlarge' : `spec-${Math.floor(next() * 3)}`;
          product.props = props;
        }
        break;
      case 5:
        if (node) node.position = { x: node.position.x + Math.round(next() * 80 - 40), y: node.position.y + Math.round(next() * 80 - 40) };
        if (node?.kind === 'zone' && next() < 0.5) node.size = { width: node.size.width + 20, height: node.size.height + 10 };
        break;
      case 6:
        if (product) {
          // Into another zone that is not inside the product (products hold nothing, so any zone).
          const zone = pick(doc.nodes.filter((n) => n.kind === 'zone' && !descendants(doc, product.id).has(n.id)));
          if (zone) product.parent = zone.id;
        }
        break;
      case 7:
        if (edge) {
          edge.protocol = pick(PROTOCOLS)!;
          if (next() < 0.5) edge.port = 1 + Math.floor(next() * 9000);
          if (next() < 0.3) edge.encrypted = true;
        }
        break;
      case 8:
        if (edge && next() < 0.5) doc.edges = doc.edges.filter((e) => e !== edge);
        else {
          const a = pick(doc.nodes.filter((n) => n.kind === 'product'));
          const b = pick(doc.nodes.filter((n) => n.kind === 'product'));
          if (a && b && a !== b) doc.edges.push({ id: freshId('new-e-'), source: a.id, target: b.id, kind: next() < 0.5 ? 'traffic' : 'log' });
        }
        break;
      case 9:
        doc.meta = { ...doc.meta, level: ([2, 3, 4] as Level[])[Math.floor(next() * 3)]!, title: next() < 0.5 ? doc.meta.title : `${doc.meta.title} v2` };
        break;
      case 10:
        if (edge && next() < 0.5) {
          const target = pick(doc.nodes.filter((n) => n.kind === 'product' && n.id !== edge.source));
          if (target) edge.target = target.id;
        } else if (node?.kind === 'zone') node.props = { ...node.props, cidr: '10.9.0.0/16' };
        break;
    }
  }
  if (options.renameIds) doc = renameAll(doc);
  if (options.shuffle) doc = { ...doc, nodes: shuffled(doc.nodes, next), edges: shuffled(doc.edges, next) };
  return doc;
}

/** Every node and edge id replaced by a new one, references kept: the same design, re-drawn. */
export function renameAll(doc: Diagram): Diagram {
  const ids = new Map<string, string>();
  doc.nodes.forEach((n, i) => ids.set(n.id, `r-n${i}`));
  doc.edges.forEach((e, i) => ids.set(e.id, `r-e${i}`));
  const to = (id: string) => ids.get(id)!;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => ({ ...n, id: to(n.id), ...(n.parent !== undefined ? { parent: to(n.parent) } : {}) })),
    edges: doc.edges.map((e): DiagramEdge => ({ ...e, id: to(e.id), source: to(e.source), target: to(e.target) })),
    ...(doc.waivers ? { waivers: doc.waivers.map((w) => (w.target !== undefined && ids.has(w.target) ? { ...w, target: to(w.target) } : w)) } : {}),
  };
}
