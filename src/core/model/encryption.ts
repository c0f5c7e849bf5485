/**
 * Whether a connection is encrypted, as the format defines it: `encrypted` overrides; otherwise
 * HTTPS, TLS, SSH, IPsec, SSL-VPN and SFTP are, a database protocol is when the target requires SSL,
 * and everything else is not.
 */
import type { DiagramEdge, DiagramNode, Protocol } from './types.ts';

export const ENCRYPTED_PROTOCOLS: ReadonlySet<Protocol> = new Set(['HTTPS', 'TLS', 'SSH', 'IPsec', 'SSL-VPN', 'SFTP']);
export const DATABASE_PROTOCOLS: ReadonlySet<Protocol> = new Set(['MySQL', 'PostgreSQL', 'SQLServer', 'Redis', 'MongoDB']);

/** What the protocol alone implies (used when `encrypted` is absent). */
export function impliedEncryption(edge: DiagramEdge, target: DiagramNode | undefined): boolean {
  if (edge.protocol === undefined) return false;
  if (ENCRYPTED_PROTOCOLS.has(edge.protocol)) return true;
  if (DATABASE_PROTOCOLS.has(edge.protocol)) return target?.kind === 'product' && target.props?.ssl === true;
  return false;
}

export function isEncrypted(edge: DiagramEdge, target: DiagramNode | undefined): boolean {
  return edge.encrypted ?? impliedEncryption(edge, target);
}
