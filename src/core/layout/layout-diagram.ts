/**
 * Auto-layout of a diagram, a zone or a selection, as one document change (one undo step). The ELK
 * engine is injected: elkjs in-process for the CLI and Node tests (src/node/layout-node.ts), a Web
 * Worker in the browser (src/ui/layout/), so the core stays free of elkjs and of any runtime.
 */
import type { Catalog } from '../catalog/types.ts';
import { indexOf } from '../index/diagram-index.ts';
import type { Diagram } from '../model/types.ts';
import type { ElkNodeJson, LayoutEngine } from './elk-json.ts';
import { applyElkResult } from './from-elk.ts';
import type { LayoutTuning } from './layout-options.ts';
import { layoutGroups, type LayoutGroup, type LayoutScope } from './layout-scope.ts';
import { buildElkGraph, type BuildOptions } from './to-elk.ts';

/** A prepared layout: the graph to hand to ELK, and how to read its answer back into the document. */
export interface LayoutRequest {
  graph: ElkNodeJson;
  tuning: LayoutTuning;
  nodeCount: number;
  /** The next document version from ELK's answer (the document the request was prepared from). */
  apply(result: ElkNodeJson): Diagram;
}

/** Prepare a layout; undefined when the scope holds nothing to lay out. */
export function prepareLayout(doc: Diagram, catalog: Catalog, scope: LayoutScope, options?: BuildOptions): LayoutRequest | undefined {
  const index = indexOf(doc);
  const groups: LayoutGroup[] = layoutGroups(index, scope);
  if (groups.length === 0) return undefined;
  const build = buildElkGraph(index, catalog, groups, options);
  return {
    graph: build.graph,
    tuning: build.tuning,
    nodeCount: build.nodeCount,
    apply: (result) => applyElkResult(doc, groups, build.groupNodes, result),
  };
}

/** Lay out and return the next document version (the same one when there is nothing to lay out). */
export async function layoutDiagram(doc: Diagram, catalog: Catalog, scope: LayoutScope, engine: LayoutEngine, options?: BuildOptions): Promise<Diagram> {
  const request = prepareLayout(doc, catalog, scope, options);
  if (!request) return doc;
  return request.apply(await engine(request.graph));
}
