/**
 * Per-product facts and numbered edges, worked out once per check. Rules loop over thousands of edges
 * asking about both ends (outside? Internet? which zone, region, VPC?); answering each from a map of
 * ids again and again was most of a check's time. Products are numbered in document order; each edge
 * knows the numbers of its ends; traffic edges are also kept in compressed rows for the walks.
 */
import type { Catalog, Product } from '../catalog/types.ts';
import type { DiagramIndex } from '../index/diagram-index.ts';
import type { Diagram, ProductNode, SecurityZoneKind, ZoneNode } from '../model/types.ts';

export interface ProductFacts {
  readonly node: ProductNode;
  /** Its number: position among the products, in document order. */
  readonly number: number;
  /** Its catalog record (undefined only in a document that was never validated). */
  readonly info: Product | undefined;
  /** Nearest security zone, its kind, and whether that zone is inside a VPC. */
  readonly zone: ZoneNode | undefined;
  readonly zoneKind: SecurityZoneKind | undefined;
  readonly zoneInVpc: boolean;
  readonly region: ZoneNode | undefined;
  readonly vpc: ZoneNode | undefined;
  /** External product, or inside an `internet`, `office` or `idc` zone. */
  readonly outside: boolean;
  /** `internet_user`, or inside an `internet` zone. */
  readonly internet: boolean;
  readonly compute: boolean;
  readonly database: boolean;
  readonly dataStore: boolean;
  readonly boundary: boolean;
  readonly vpcBound: boolean;
  readonly external: boolean;
}

/**
 * Traffic edges in compressed rows: the edges out of product `i` are `edge[k]` (index into
 * `doc.edges`) to product `target[k]` for `start[i] <= k < start[i + 1]`, in document order.
 */
export interface TrafficGraph {
  readonly start: Int32Array;
  readonly edge: Int32Array;
  readonly target: Int32Array;
}

/** Edges of every kind at each product: `edge[k]` (index into `doc.edges`) for `start[i] <= k < start[i + 1]`. */
export interface EdgeRows {
  readonly start: Int32Array;
  readonly edge: Int32Array;
}

export interface Numbered {
  readonly products: ProductNode[];
  readonly facts: ProductFacts[];
  /** Product number of a node id, -1 for none. */
  numberOf(id: string): number;
  /** Product number of each edge's source and target (by index in `doc.edges`), -1 for none. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly traffic: TrafficGraph;
  /** Edges ending at each product, and edges leaving it, in document order. */
  readonly incoming: EdgeRows;
  readonly outgoing: EdgeRows;
}

/** What the rules need to know about a catalog product: its record, roles, whether it is external. */
interface Kind {
  info: Product;
  compute: boolean;
  database: boolean;
  dataStore: boolean;
  boundary: boolean;
  vpcBound: boolean;
  external: boolean;
}

const kindsCache = new WeakMap<Catalog, ReadonlyMap<string, Kind>>();

function kindsOf(catalog: Catalog): ReadonlyMap<string, Kind> {
  let kinds = kindsCache.get(catalog);
  if (!kinds) {
    kinds = new Map(
      catalog.products.map((info) => [
        info.id,
        {
          info,
          compute: info.roles.includes('compute'),
          database: info.roles.includes('database'),
          dataStore: info.roles.includes('dataStore'),
          boundary: info.roles.includes('boundaryControl'),
          vpcBound: info.roles.includes('vpcBound'),
          external: catalog.category(info.category)?.external === true,
        },
      ]),
    );
    kindsCache.set(catalog, kinds);
  }
  return kinds;
}

const UNKNOWN: Omit<Kind, 'info'> = { compute: false, database: false, dataStore: false, boundary: false, vpcBound: false, external: false };

/** The zones a node is in (rules.md's terms, from the index): the same for every child of one zone. */
interface Place {
  zone: ZoneNode | undefined;
  zoneInVpc: boolean;
  region: ZoneNode | undefined;
  vpc: ZoneNode | undefined;
  outside: boolean;
  internet: boolean;
}

const TOP_LEVEL: Place = { zone: undefined, zoneInVpc: false, region: undefined, vpc: undefined, outside: false, internet: false };

function placeOf(index: DiagramIndex, id: string): Place {
  const zone = index.securityZone(id);
  const outside = index.outsideZone(id) !== undefined;
  return {
    zone,
    zoneInVpc: zone !== undefined && index.vpc(zone.id) !== undefined,
    region: index.region(id),
    vpc: index.vpc(id),
    outside,
    internet: outside && index.internetZone(id) !== undefined,
  };
}

export function numberDocument(doc: Diagram, catalog: Catalog, index: DiagramIndex): Numbered {
  const kinds = kindsOf(catalog);
  // What a product inherits from the zones above it depends only on its parent: worked out per parent.
  const places = new Map<string, Place>();

  const products: ProductNode[] = [];
  const facts: ProductFacts[] = [];
  // Product number by position in doc.nodes: ids are looked up once, in the index's map.
  const numberAt = new Int32Array(doc.nodes.length).fill(-1);
  for (let position = 0; position < doc.nodes.length; position++) {
    const node = doc.nodes[position]!;
    if (node.kind !== 'product') continue;
    const number = products.length;
    numberAt[position] = number;
    products.push(node);
    let where = node.parent === undefined ? TOP_LEVEL : places.get(node.parent);
    if (!where) {
      where = placeOf(index, node.id);
      places.set(node.parent!, where);
    }
    const kind = kinds.get(node.product);
    const { compute, database, dataStore, boundary, vpcBound, external } = kind ?? UNKNOWN;
    facts.push({
      node,
      number,
      info: kind?.info,
      zone: where.zone,
      zoneKind: where.zone?.zone as SecurityZoneKind | undefined,
      zoneInVpc: where.zoneInVpc,
      region: where.region,
      vpc: where.vpc,
      outside: external || where.outside,
      internet: node.product === 'internet_user' || where.internet,
      compute,
      database,
      dataStore,
      boundary,
      vpcBound,
      external,
    });
  }

  const { edges: all } = doc;
  const count = products.length;
  const edgeSource = new Int32Array(all.length);
  const edgeTarget = new Int32Array(all.length);
  const ends = index.edgeEnds;
  const trafficCount = new Int32Array(count + 1);
  const inCount = new Int32Array(count + 1);
  const outCount = new Int32Array(count + 1);
  for (let k = 0; k < all.length; k++) {
    const s = ends.source[k]!;
    const t = ends.target[k]!;
    const from = s < 0 ? -1 : numberAt[s]!;
    const to = t < 0 ? -1 : numberAt[t]!;
    edgeSource[k] = from;
    edgeTarget[k] = to;
    if (from >= 0) outCount[from + 1]!++;
    if (to >= 0) inCount[to + 1]!++;
    if (all[k]!.kind === 'traffic' && from >= 0 && to >= 0) trafficCount[from + 1]!++;
  }
  const traffic = { start: trafficCount, edge: new Int32Array(0), target: new Int32Array(0) };
  const incoming = { start: inCount, edge: new Int32Array(0) };
  const outgoing = { start: outCount, edge: new Int32Array(0) };
  for (let i = 0; i < count; i++) {
    trafficCount[i + 1]! += trafficCount[i]!;
    inCount[i + 1]! += inCount[i]!;
    outCount[i + 1]! += outCount[i]!;
  }
  traffic.edge = new Int32Array(trafficCount[count]!);
  traffic.target = new Int32Array(trafficCount[count]!);
  incoming.edge = new Int32Array(inCount[count]!);
  outgoing.edge = new Int32Array(outCount[count]!);
  const trafficFill = trafficCount.slice(0, count);
  const inFill = inCount.slice(0, count);
  const outFill = outCount.slice(0, count);
  for (let k = 0; k < all.length; k++) {
    const from = edgeSource[k]!;
    const to = edgeTarget[k]!;
    if (from >= 0) outgoing.edge[outFill[from]!++] = k;
    if (to >= 0) incoming.edge[inFill[to]!++] = k;
    if (all[k]!.kind !== 'traffic' || from < 0 || to < 0) continue;
    const at = trafficFill[from]!++;
    traffic.edge[at] = k;
    traffic.target[at] = to;
  }
  const numberOf = (id: string): number => {
    const position = index.position(id);
    return position < 0 ? -1 : numberAt[position]!;
  };
  return { products, facts, numberOf, edgeSource, edgeTarget, traffic, incoming, outgoing };
}
