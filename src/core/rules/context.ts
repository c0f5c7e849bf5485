/**
 * What every rule asks about the document, worked out once per check: each product's facts (its sets
 * and zones, see facts.ts), the rules' sets of products, which data stores are backup copies, and
 * props with their catalog defaults applied.
 */
import type { Catalog } from '../catalog/types.ts';
import { indexOf, type DiagramIndex } from '../index/diagram-index.ts';
import { isEncrypted } from '../model/encryption.ts';
import type { Diagram, DiagramEdge, Level, ProductNode, ProductProps } from '../model/types.ts';
import { numberDocument, type EdgeRows, type ProductFacts, type TrafficGraph } from './facts.ts';

export interface RuleContext {
  readonly doc: Diagram;
  readonly catalog: Catalog;
  readonly index: DiagramIndex;
  readonly level: Level;
  /** A number no other check has: caches kept across checks tell by it what this check confirmed. */
  readonly serial: number;
  /** Every product node, in document order; its position here is its number. */
  readonly products: readonly ProductNode[];
  /** Facts of each product, by its number. */
  readonly facts: readonly ProductFacts[];
  factsOf(id: string): ProductFacts | undefined;
  /** Product numbers of each edge's ends, by the edge's index in `doc.edges` (-1: not a product). */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Forward `traffic` edges between products, numbered for the walks. */
  readonly traffic: TrafficGraph;
  /** Edges of every kind ending at a product, and leaving it, in document order. */
  edgesInto(product: ProductFacts): readonly DiagramEdge[];
  edgesOutOf(product: ProductFacts): readonly DiagramEdge[];
  /** Whether at least one `traffic` edge (from any node) ends at the product: `edgesInto` without the list. */
  receivesTraffic(product: ProductFacts): boolean;
  /** The rules' sets (rules.md "Terms"), in document order. */
  readonly compute: readonly ProductNode[];
  readonly databases: readonly ProductNode[];
  readonly dataStores: readonly ProductNode[];
  /** The same sets as facts, for loops that ask more than one question per node. */
  readonly computeFacts: readonly ProductFacts[];
  readonly databaseFacts: readonly ProductFacts[];
  readonly storeFacts: readonly ProductFacts[];
  /** Product nodes of one catalog product, in document order. */
  ofProduct(productId: string): readonly ProductNode[];
  /** `internet_user`, or any node inside an `internet` zone. */
  isInternet(id: string): boolean;
  /** A data store that is the target of a `backup` edge (exempt from CNS-03, CES-04, CES-09, CES-10). */
  isBackupCopy(id: string): boolean;
  /** An important data store: a data store whose `important` is not false. */
  important(facts: ProductFacts): boolean;
  /** A prop's value, the catalog's default when the node does not set it. */
  prop<K extends keyof ProductProps>(node: ProductNode, key: K): ProductProps[K];
  /** The same from a node's facts (no lookup by id). */
  propOf<K extends keyof ProductProps>(facts: ProductFacts, key: K): ProductProps[K];
  /** Whether an edge is encrypted (file-format.md `encrypted`, database protocols per target `ssl`). */
  encrypted(edge: DiagramEdge): boolean;
  /** A value computed once per check (the best edition bought, a shared fix …). */
  once<T>(key: string, compute: () => T): T;
}

let checks = 0;

export function buildContext(doc: Diagram, catalog: Catalog, level: Level): RuleContext {
  const index = indexOf(doc);
  const { products, facts, numberOf, edgeSource, edgeTarget, traffic, incoming, outgoing } = numberDocument(doc, catalog, index);
  const compute: ProductNode[] = [];
  const databases: ProductNode[] = [];
  const dataStores: ProductNode[] = [];
  const computeFacts: ProductFacts[] = [];
  const databaseFacts: ProductFacts[] = [];
  const storeFacts: ProductFacts[] = [];
  const byProduct = new Map<string, ProductNode[]>();
  for (const f of facts) {
    const list = byProduct.get(f.node.product);
    if (list) list.push(f.node);
    else byProduct.set(f.node.product, [f.node]);
    if (f.compute) compute.push(f.node), computeFacts.push(f);
    if (f.database) databases.push(f.node), databaseFacts.push(f);
    if (f.dataStore) dataStores.push(f.node), storeFacts.push(f);
  }

  const backupCopies = new Set<string>();
  doc.edges.forEach((edge, k) => {
    const target = edgeTarget[k]!;
    if (edge.kind === 'backup' && target >= 0 && facts[target]!.dataStore) backupCopies.add(edge.target);
  });

  const factsOf = (id: string): ProductFacts | undefined => {
    const i = numberOf(id);
    // Stryker disable next-line ConditionalExpression: facts[-1] is undefined as well; the test states the intent
    return i < 0 ? undefined : facts[i];
  };
  const propOf = <K extends keyof ProductProps>(f: ProductFacts, key: K): ProductProps[K] => {
    const own = f.node.props?.[key];
    if (own !== undefined) return own;
    if (key === 'edition') return f.info?.editions?.default as ProductProps[K];
    const fallback = f.info?.props[key];
    return (fallback === null ? undefined : fallback) as ProductProps[K];
  };
  const memo = new Map<string, unknown>();
  const edgesAt = (rows: EdgeRows, i: number): DiagramEdge[] => {
    const list: DiagramEdge[] = [];
    for (let k = rows.start[i]!, end = rows.start[i + 1]!; k < end; k++) list.push(doc.edges[rows.edge[k]!]!);
    return list;
  };
  const receivesTraffic = (f: ProductFacts): boolean => {
    for (let k = incoming.start[f.number]!, end = incoming.start[f.number + 1]!; k < end; k++) {
      if (doc.edges[incoming.edge[k]!]!.kind === 'traffic') return true;
    }
    return false;
  };

  return {
    doc,
    catalog,
    index,
    level,
    // Stryker disable next-line UpdateOperator: counting down gives every check a number of its own just as well
    serial: ++checks,
    products,
    facts,
    factsOf,
    edgeSource,
    edgeTarget,
    traffic,
    edgesInto: (f) => edgesAt(incoming, f.number),
    edgesOutOf: (f) => edgesAt(outgoing, f.number),
    receivesTraffic,
    compute,
    databases,
    dataStores,
    computeFacts,
    databaseFacts,
    storeFacts,
    ofProduct: (productId) => byProduct.get(productId) ?? [],
    isInternet: (id) => factsOf(id)?.internet ?? index.internetZone(id) !== undefined,
    isBackupCopy: (id) => backupCopies.has(id),
    important: (f) => f.dataStore && propOf(f, 'important') !== false,
    prop(node, key) {
      const f = factsOf(node.id);
      if (f) return propOf(f, key);
      return node.props?.[key];
    },
    propOf,
    encrypted: (edge) => isEncrypted(edge, factsOf(edge.target)?.node),
    once<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}
