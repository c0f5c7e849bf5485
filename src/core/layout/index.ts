/**
 * Auto-layout, pure core: document ↔ ELK graph, with the ELK engine injected by the caller
 * (src/node/layout-node.ts in Node, src/ui/layout/layout-client.ts in the browser).
 */
export type { ElkNodeJson, ElkEdgeJson, ElkOptions, LayoutEngine } from './elk-json.ts';
export { layoutDiagram, prepareLayout, type LayoutRequest } from './layout-diagram.ts';
export type { LayoutScope } from './layout-scope.ts';
export { FAST_FROM, ZONE_PADDING, tuningFor, type LayoutTuning } from './layout-options.ts';
