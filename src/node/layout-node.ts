/**
 * The layout engine for Node (CLI, tests, benchmarks): elkjs's bundled build run in-process. Without a
 * worker factory elkjs runs its layouter on the calling thread, which is what a command line wants.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Catalog } from '../core/catalog/types.ts';
import type { ElkNodeJson, LayoutEngine } from '../core/layout/elk-json.ts';
import { layoutDiagram } from '../core/layout/layout-diagram.ts';
import type { LayoutScope } from '../core/layout/layout-scope.ts';
import type { Diagram } from '../core/model/types.ts';

let elk: InstanceType<typeof ELK> | undefined;

export const nodeLayoutEngine: LayoutEngine = async (graph) => {
  elk ??= new ELK();
  return (await elk.layout(graph)) as ElkNodeJson;
};

export function layoutInNode(doc: Diagram, catalog: Catalog, scope: LayoutScope = { kind: 'diagram' }): Promise<Diagram> {
  return layoutDiagram(doc, catalog, scope, nodeLayoutEngine);
}
