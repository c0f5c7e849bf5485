/**
 * The ELK options of a layout run. ELK's layered algorithm (Sugiyama) fits a flow diagram: layers
 * become the columns of the flow (direction RIGHT), nested zones are laid out as one hierarchical
 * graph (INCLUDE_CHILDREN) so connections between zones shape the whole drawing, and edges are routed
 * orthogonally as the canvas and the exports draw them.
 *
 * Two tunings. `fine` for workshop-sized designs (the quality ones): thorough crossing minimisation
 * and network-simplex node placement (straighter flows). `fast` above FAST_FROM nodes, where layered
 * layout of nested zones grows steeply: fewer crossing-minimisation passes and Brandes-Köpf placement.
 * bench/README.md has the measured effect of each.
 */
import type { ElkOptions } from './elk-json.ts';

export type LayoutTuning = 'fine' | 'fast';

/** From this many nodes in the laid-out part on, the fast tuning is used. */
export const FAST_FROM = 300;

export function tuningFor(nodeCount: number): LayoutTuning {
  return nodeCount >= FAST_FROM ? 'fast' : 'fine';
}

/**
 * Room inside a zone: the header (icon, name, kind, CIDR or region: one line of ~28 px, a second line
 * when the facts do not fit beside the name) sits in the top padding, so it never covers a child.
 */
export const ZONE_PADDING = { top: 52, left: 24, bottom: 24, right: 24 } as const;

/** Gaps between products in a column, and between columns (room for an edge label such as "HTTPS:443"). */
const NODE_GAP = 28;
const LAYER_GAP = 64;

/** Options of every graph ELK lays out (the root and each zone), by tuning. */
export function graphOptions(tuning: LayoutTuning): ElkOptions {
  const common: ElkOptions = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.edgeRouting': 'ORTHOGONAL',
    // The order within a layer is handed over (sibling-order.ts); crossings of long edges still count.
    'elk.layered.crossingMinimization.semiInteractive': 'true',
    'elk.spacing.nodeNode': String(NODE_GAP),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
    'elk.spacing.edgeNode': '16',
    'elk.layered.spacing.edgeNodeBetweenLayers': '16',
    'elk.spacing.edgeEdge': '10',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.spacing.componentComponent': String(LAYER_GAP),
    'elk.edgeLabels.placement': 'CENTER',
  };
  if (tuning === 'fine') {
    return {
      ...common,
      'elk.layered.thoroughness': '3',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
    };
  }
  return {
    ...common,
    'elk.layered.thoroughness': '1',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  };
}

/** Options of a zone's own graph: its padding and its minimum size on top of the common ones. */
export function zoneOptions(tuning: LayoutTuning, minimum: { width: number; height: number }): ElkOptions {
  const { top, left, bottom, right } = ZONE_PADDING;
  return {
    ...graphOptions(tuning),
    'elk.padding': `[top=${top},left=${left},bottom=${bottom},right=${right}]`,
    'elk.nodeSize.constraints': 'MINIMUM_SIZE',
    'elk.nodeSize.minimum': `(${minimum.width},${minimum.height})`,
  };
}
