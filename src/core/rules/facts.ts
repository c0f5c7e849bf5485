/**
 * Per-product facts and numbered edges, worked out once per check. Rules loop over thousands of edges
 * asking about both ends (outside? Internet? which zone, region, VPC?); answering each from a map of
 * ids again and again was most of a check's time. Products are numbered in document order; each edge
 * knows the numbers of its ends; traffic edges are also kept in compressed rows for the walks.
 */
import type { Catalog, Product } from '../catalog/types.ts';
import type { DiagramIndex } from '../index/diagram-index.ts';
import { rows } from '../index/rows.ts';
import type { Diagram, ProductNode, SecurityZoneKind, ZoneNode } from '../model/types.ts';
import { memoByObject } from '../model/memo.ts';

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
  /** Nearest `internet`, `office` or `idc` zone. */
  readonly outsideZone: ZoneNode | undefined;
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

const kindsOf = memoByObject(
  (catalog: Catalog): ReadonlyMap<string, Kind> =>
    new Map(
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
    ),
);

const UNKNOWN: Omit<Kind, 'info'> = { compute: false, database: false, dataStore: false, boundary: false, vpcBound: false, external: false };

/** The zones a node is in (rules.md's terms, from the index): the same for every child of one zone. */
interface Place {
  zone: ZoneNode | undefined;
  zoneInVpc: boolean;
  region: ZoneNode | undefined;
  vpc: ZoneNode | undefined;
  outsideZone: ZoneNode | undefined;
  internet: boolean;
}

const TOP_LEVEL: Place = { zone: undefined, zoneInVpc: false, region: undefined, vpc: undefined, outsideZone: undefined, internet: false };

function placeOf(index: DiagramIndex, id: string): Place {
  const zone = index.securityZone(id);
  const outsideZone = index.outsideZone(id);
  return {
    zone,
    zoneInVpc: zone !== undefined && index.vpc(zone.id) !== undefined,
    region: index.region(id),
    vpc: index.vpc(id),
    outsideZone,
    // Stryker disable next-line ConditionalExpression: an internet zone is an outside zone, so the first test only saves the second
    internet: outsideZone !== undefined && index.internetZone(id) !== undefined,
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
    // Stryker disable next-line ConditionalExpression: placeOf gives a top-level node exactly TOP_LEVEL, so skipping the shortcut changes nothing
    let where = node.parent === undefined ? TOP_LEVEL : places.get(node.parent);
    // Stryker disable next-line ConditionalExpression: a product's place depends only on its parent, so working it out again gives the same place
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
      outsideZone: where.outsideZone,
      outside: external || where.outsideZone !== undefined,
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
  // Source of each traffic edge between two products, -1 for every other edge: what the walks follow.
  const trafficSource = new Int32Array(all.length);
  const ends = index.edgeEnds;
  for (let k = 0; k < all.length; k++) {
    const s = ends.source[k]!;
    const t = ends.target[k]!;
    const from = s < 0 ? -1 : numberAt[s]!;
    const to = t < 0 ? -1 : numberAt[t]!;
    edgeSource[k] = from;
    edgeTarget[k] = to;
    trafficSource[k] = all[k]!.kind === 'traffic' && to >= 0 ? from : -1;
  }
  const bySource = rows(count, edgeSource);
  const byTarget = rows(count, edgeTarget);
  const byTrafficSource = rows(count, trafficSource);
  const traffic: TrafficGraph = {
    start: byTrafficSource.start,
    edge: byTrafficSource.items,
    target: byTrafficSource.items.map((k) => edgeTarget[k]!),
  };
  const incoming: EdgeRows = { start: byTarget.start, edge: byTarget.items };
  const outgoing: EdgeRows = { start: bySource.start, edge: bySource.items };
  const numberOf = (id: string): number => {
    const position = index.position(id);
    return position < 0 ? -1 : numberAt[position]!;
  };
  return { products, facts, numberOf, edgeSource, edgeTarget, traffic, incoming, outgoing };
}
