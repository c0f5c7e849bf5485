/**
 * A document being changed by one edit (a quick fix, a placement, the containment that follows an
 * edit): copy-on-write (unchanged nodes and edges stay the same
 * objects, so the editor's history and caches keyed by object keep working), fresh ids from the
 * document's id factory, and the finished document out of `result()`.
 */
import type { Catalog } from '../catalog/types.ts';
import { idFactory, type IdFactory } from '../model/ids.ts';
import type { Diagram, DiagramEdge, DiagramNode, ZoneNode } from '../model/types.ts';

export class Draft {
  readonly ids: IdFactory;
  private readonly nodes: DiagramNode[];
  private readonly edges: DiagramEdge[];
  private readonly nodeAt = new Map<string, number>();
  private readonly edgeAt = new Map<string, number>();
  private removedEdges = false;

  constructor(
    readonly original: Diagram,
    readonly catalog: Catalog,
  ) {
    this.ids = idFactory(original);
    this.nodes = [...original.nodes];
    this.edges = [...original.edges];
    this.nodes.forEach((n, i) => this.nodeAt.set(n.id, i));
    this.edges.forEach((e, i) => this.edgeAt.set(e.id, i));
  }

  node(id: string | undefined): DiagramNode | undefined {
    if (id === undefined) return undefined;
    const at = this.nodeAt.get(id);
    return at === undefined ? undefined : this.nodes[at];
  }

  zone(id: string | undefined): ZoneNode | undefined {
    const node = this.node(id);
    return node?.kind === 'zone' ? node : undefined;
  }

  edge(id: string): DiagramEdge | undefined {
    const at = this.edgeAt.get(id);
    return at === undefined ? undefined : this.edges[at];
  }

  allNodes(): readonly DiagramNode[] {
    return this.nodes;
  }

  allEdges(): readonly DiagramEdge[] {
    return this.edges.filter((e) => this.edgeAt.has(e.id));
  }

  /** Direct children of a zone (or the top-level nodes for undefined), in document order. */
  children(parent: string | undefined): DiagramNode[] {
    return this.nodes.filter((n) => n.parent === parent);
  }

  addNode<T extends DiagramNode>(node: T): T {
    this.nodeAt.set(node.id, this.nodes.length);
    this.nodes.push(node);
    return node;
  }

  updateNode<T extends DiagramNode>(id: string, change: (node: T) => T): void {
    const at = this.nodeAt.get(id);
    if (at === undefined) return;
    this.nodes[at] = change(this.nodes[at] as T);
  }

  addEdge(edge: Omit<DiagramEdge, 'id'>): DiagramEdge {
    const added = { id: this.ids.next('e'), ...edge } as DiagramEdge;
    this.edgeAt.set(added.id, this.edges.length);
    this.edges.push(added);
    return added;
  }

  updateEdge(id: string, change: (edge: DiagramEdge) => DiagramEdge): void {
    const at = this.edgeAt.get(id);
    if (at === undefined) return;
    this.edges[at] = change(this.edges[at]!);
  }

  removeEdge(id: string): void {
    if (this.edgeAt.delete(id)) this.removedEdges = true;
  }

  /** The changed document, or the original itself when nothing changed. */
  result(): Diagram {
    const edges = this.removedEdges ? this.allEdges() : this.edges;
    const same = this.nodes.length === this.original.nodes.length && this.nodes.every((n, i) => n === this.original.nodes[i]) &&
      edges.length === this.original.edges.length && edges.every((e, i) => e === this.original.edges[i]);
    return same ? this.original : { ...this.original, nodes: [...this.nodes], edges: [...edges] };
  }
}
