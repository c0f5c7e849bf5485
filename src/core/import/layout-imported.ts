/**
 * Laying an imported diagram out with ELK (the engine is injected: `nodeLayoutEngine` from
 * src/node/layout-node.ts in Node, the app's layout client in the browser), the same whole-diagram
 * layout as 整理全部 and `cli export --layout`.
 *
 * A re-import keeps the user's layout: pass `{ reimport: true }` and the diagram is returned as
 * `buildImportedDiagram` placed it (nodes that existed keep their place; additions sit at free spots
 * of their zones, which grew to hold them), so nothing the user arranged moves.
 */
import type { Catalog } from '../catalog/types.ts';
import type { LayoutEngine } from '../layout/elk-json.ts';
import { layoutDiagram } from '../layout/layout-diagram.ts';
import type { Diagram } from '../model/types.ts';

export interface LayoutImportedOptions {
  /** The diagram was built over `previous`: keep its layout. */
  reimport?: boolean;
}

export async function layoutImported(diagram: Diagram, catalog: Catalog, engine: LayoutEngine, options: LayoutImportedOptions = {}): Promise<Diagram> {
  if (options.reimport) return diagram;
  return layoutDiagram(diagram, catalog, { kind: 'diagram' }, engine);
}
