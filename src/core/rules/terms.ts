/**
 * The terms of `shared/spec/rules.md` ("Terms used below") that do not need the whole document:
 * which protocols are encrypted, which ports and protocols are high-risk, log retention, edition ranks, regions.
 * Everything that needs the document (outside node, backup copy …) is in `context.ts`.
 */
import type { Product } from '../catalog/types.ts';
import { DATABASE_PROTOCOLS } from '../model/encryption.ts';
import type { DiagramEdge, Protocol, ZoneNode } from '../model/types.ts';

/** The format's own definitions (file-format.md, `encrypted`), shared with the editor. */
export { DATABASE_PROTOCOLS, ENCRYPTED_PROTOCOLS } from '../model/encryption.ts';

/** 网络安全法 第二十一条（三）: network logs kept for at least six months (SMC-03, ABS-09, and their fixes). */
export const REQUIRED_RETENTION_DAYS = 180;

/** ABS-04: remote-administration, file-transfer and database protocols that must not face the Internet. */
export const HIGH_RISK_PROTOCOLS: ReadonlySet<Protocol> = new Set(['SSH', 'RDP', 'Telnet', 'FTP', ...DATABASE_PROTOCOLS]);

/** ABS-04: FTP, SSH, Telnet, RPC/NetBIOS/SMB, SQL Server, Oracle, MySQL, RDP, PostgreSQL, Redis, Elasticsearch, MongoDB. */
export const HIGH_RISK_PORTS: ReadonlySet<number> = new Set([21, 22, 23, 135, 139, 445, 1433, 1521, 3306, 3389, 5432, 6379, 9200, 27017]);

/** ABS-05: the walk towards a WAF follows only web traffic (protocol HTTP, HTTPS or not given). */
export function isWebEdge(edge: DiagramEdge): boolean {
  return edge.protocol === undefined || edge.protocol === 'HTTP' || edge.protocol === 'HTTPS';
}

/**
 * Two nodes are in different regions when both have a region and those are different `region` nodes
 * whose `regionId`s differ; a region without `regionId` differs from every other region node.
 */
export function differentRegions(a: ZoneNode | undefined, b: ZoneNode | undefined): boolean {
  if (!a || !b || a === b) return false;
  const x = a.props?.regionId;
  const y = b.props?.regionId;
  return x === undefined || y === undefined || x !== y;
}

/** Rank of an edition in the product's ladder (catalog `rank`); an unknown edition ranks lowest. */
export function editionRank(product: Product | undefined, edition: string | undefined): number {
  const editions = product?.editions;
  if (!editions) return -1;
  const id = edition ?? editions.default;
  return editions.list.find((e) => e.id === id)?.rank ?? -1;
}
