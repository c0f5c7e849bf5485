/**
 * Starting a design from a template: a new diagram with the user's title (and level, if chosen),
 * every node and edge under a fresh id (parents, edge ends and waivers' targets renamed with them),
 * the template's version label as the first version of the new design, and nothing else of the
 * template's own bookkeeping (organization, date, description, the person-checked list): the
 * template's example organisation must never reach a customer's 备案 drawing unnoticed, so it is left
 * empty for the user to fill in.
 */
import { idFactory } from '../model/ids.ts';
import type { Diagram, DiagramEdge, DiagramNode, Level } from '../model/types.ts';

export interface InstantiateOptions {
  title: string;
  /** The level to design for; the template's own level when absent. */
  level?: Level;
  /** The date printed in exports (YYYY-MM-DD), usually today. */
  date?: string;
}

/** The version label of a design that starts from a template without one of its own. */
export const FIRST_VERSION = 'V1.0';

export function instantiateTemplate(template: Diagram, options: InstantiateOptions): Diagram {
  // Fresh ids that are readable (`ecs-1`, `vpc-2`, `e-3`) and differ from every id of the template.
  const ids = idFactory(template);
  const rename = new Map<string, string>();
  for (const node of template.nodes) rename.set(node.id, ids.next(node.kind === 'zone' ? node.zone : node.product));
  for (const edge of template.edges) rename.set(edge.id, ids.next('e'));
  const renamed = (id: string) => rename.get(id) ?? id;

  const nodes = template.nodes.map((node): DiagramNode => {
    const copy = structuredCloneNode(node);
    copy.id = renamed(node.id);
    if (node.parent !== undefined) copy.parent = renamed(node.parent);
    return copy;
  });
  const edges = template.edges.map((edge): DiagramEdge => ({ ...edge, id: renamed(edge.id), source: renamed(edge.source), target: renamed(edge.target) }));
  const waivers = template.waivers?.map((w) => (w.target === undefined ? { ...w } : { ...w, target: renamed(w.target) }));
  return {
    format: template.format,
    schemaVersion: template.schemaVersion,
    meta: {
      title: options.title,
      level: options.level ?? template.meta.level,
      platform: template.meta.platform,
      version: template.meta.version ?? FIRST_VERSION,
      ...(options.date !== undefined ? { date: options.date } : {}),
    },
    nodes,
    edges,
    ...(waivers !== undefined && waivers.length > 0 ? { waivers } : {}),
  };
}

/** A deep copy of a node (positions, sizes and props are objects: the template must stay untouched). */
function structuredCloneNode(node: DiagramNode): DiagramNode {
  return JSON.parse(JSON.stringify(node)) as DiagramNode;
}
