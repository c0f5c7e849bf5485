import { nodeDisplayName } from '../../core/catalog/names.ts';
import type { Catalog } from '../../core/catalog/types.ts';
import { indexOf } from '../../core/index/diagram-index.ts';
import type { Localized } from '../../core/model/localized.ts';
import type { Diagram } from '../../core/model/types.ts';

/** Names of a finding's targets as users see them: nodes by name, edges as "from → to". */
export function targetNamer(doc: Diagram, catalog: Catalog, local: (text: Localized) => string): (ids: readonly string[]) => string[] {
  const index = indexOf(doc);
  const nodeName = (id: string) => {
    const node = index.node(id);
    return node ? local(nodeDisplayName(node, catalog)) : id;
  };
  return (ids) =>
    ids.map((id) => {
      if (index.node(id)) return nodeName(id);
      const edge = index.edge(id);
      return edge ? `${nodeName(edge.source)} → ${nodeName(edge.target)}` : id;
    });
}
