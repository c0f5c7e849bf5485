/** Shared by the import tests: reading fixtures and summing a diagram up in words a test can compare. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagram, DiagramNode } from '../../../src/core/model/types.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A node in words: `zone:app` / `ecs ×3 "web3-app"`, with the chain of zone kinds above it. */
function describeNode(node: DiagramNode, byId: Map<string, DiagramNode>): string {
  const chain: string[] = [];
  for (let at = node.parent; at; at = byId.get(at)?.parent) {
    const z = byId.get(at);
    if (z?.kind === 'zone') chain.unshift(z.zone === 'region' ? `region(${z.props?.regionId ?? '?'})` : z.zone);
  }
  const self = node.kind === 'zone' ? `[${node.zone}${node.zone === 'region' ? ` ${node.props?.regionId ?? '?'}` : ''}]` : `${node.product}${node.quantity ? ` ×${node.quantity}` : ''}${node.label ? ` "${node.label}"` : ''}${node.props ? ` ${JSON.stringify(node.props)}` : ''}`;
  return [...chain, self].join(' › ');
}

function nameOf(node: DiagramNode | undefined): string {
  if (!node) return '?';
  return node.kind === 'zone' ? `[${node.zone}]` : `${node.product}${node.label ? `"${node.label}"` : ''}`;
}

export interface Summary {
  products: string[];
  zones: string[];
  edges: string[];
}

/** What a reader of the drawing sees: zones, products with quantity and props, edges: sorted. */
export function summarise(diagram: Diagram): Summary {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  return {
    zones: diagram.nodes.filter((n) => n.kind === 'zone').map((n) => describeNode(n, byId)).sort(),
    products: diagram.nodes.filter((n) => n.kind === 'product').map((n) => describeNode(n, byId)).sort(),
    edges: diagram.edges
      .map((e) => `${nameOf(byId.get(e.source))} → ${nameOf(byId.get(e.target))} ${e.kind}${e.protocol ? ` ${e.protocol}` : ''}${e.port ? ` ${e.port}` : ''}${e.mode ? ` ${e.mode}` : ''}`)
      .sort(),
  };
}
