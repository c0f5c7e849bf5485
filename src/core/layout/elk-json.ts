/**
 * The JSON graph ELK reads and writes (the elkjs format), declared here because the pure core never
 * imports elkjs itself: the core builds this graph and reads the laid-out copy, and whoever runs ELK
 * (in-process in Node, or in a Web Worker in the browser) is handed to it as a `LayoutEngine`.
 * The shapes are a structural subset of elkjs's own `ElkNode` types, so a graph passes between the two
 * without conversion.
 */

/** ELK layout options: option id → value, always as strings (elkjs parses them). */
export type ElkOptions = Record<string, string>;

export interface ElkLabelJson {
  text: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export interface ElkEdgeJson {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkLabelJson[];
  layoutOptions?: ElkOptions;
}

export interface ElkNodeJson {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkNodeJson[];
  edges?: ElkEdgeJson[];
  layoutOptions?: ElkOptions;
}

/** Runs ELK on a graph and resolves with the laid-out graph (same ids, positions and sizes filled in). */
export type LayoutEngine = (graph: ElkNodeJson) => Promise<ElkNodeJson>;
