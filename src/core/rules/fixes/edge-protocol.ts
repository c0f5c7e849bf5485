/**
 * The encrypted counterpart of a plaintext connection: what "switch a plaintext edge to HTTPS/SSH"
 * changes. Shared by the checker (to name the protocol in the fix's label) and by the fix itself.
 * The result never contradicts the rest of the edge: a connection into a database stays a database
 * connection (TLS to the database, not a web protocol), and a port is changed when it was another
 * protocol's well-known port.
 */
import type { DiagramEdge, Protocol } from '../../model/types.ts';
import { DATABASE_PROTOCOLS, ENCRYPTED_PROTOCOLS } from '../terms.ts';

export interface EncryptedVariant {
  /** Absent when the edge names no protocol and keeps naming none (a database connection gets only TLS). */
  protocol?: Protocol;
  port?: number;
  /** Set when the protocol stays and its own encryption is switched on (RDP over TLS, a database with TLS). */
  encrypted?: true;
}

const WELL_KNOWN_PORT: Partial<Record<Protocol, number>> = { HTTPS: 443, SSH: 22, SFTP: 22 };

/** Ports that name a protocol by themselves: a changed protocol must not keep another protocol's port. */
const PORT_PROTOCOLS: ReadonlyMap<number, readonly Protocol[]> = new Map<number, readonly Protocol[]>([
  [80, ['HTTP']], [443, ['HTTPS', 'TLS']], [22, ['SSH', 'SFTP']], [23, ['Telnet']], [21, ['FTP']], [3389, ['RDP']],
  [3306, ['MySQL']], [5432, ['PostgreSQL']], [1433, ['SQLServer']], [6379, ['Redis']], [27017, ['MongoDB']],
]);

/**
 * The protocol an edge switches to; administrators' access becomes SSH, business traffic HTTPS or TLS.
 * `toDatabase`: the edge ends at a database (catalog role `database`), which only TLS can make encrypted.
 */
export function encryptedVariant(edge: DiagramEdge, toDatabase = false): EncryptedVariant {
  const protocol = edge.protocol;
  if (protocol !== undefined && ENCRYPTED_PROTOCOLS.has(protocol)) return { protocol }; // only `encrypted: false` was in the way
  const keepsProtocol = protocol === 'RDP' || (protocol !== undefined && DATABASE_PROTOCOLS.has(protocol));
  if (keepsProtocol || (toDatabase && protocol !== 'HTTP' && protocol !== 'FTP' && protocol !== 'Telnet')) {
    return protocol === undefined ? { encrypted: true } : { protocol, encrypted: true };
  }
  let next: Protocol;
  if (protocol === 'HTTP') next = 'HTTPS';
  else if (protocol === 'FTP') next = 'SFTP';
  else if (protocol === 'Telnet') next = 'SSH';
  else if (edge.kind === 'management') next = 'SSH';
  else next = protocol === undefined ? 'HTTPS' : 'TLS';
  const port = portFor(edge.port, next);
  return port === undefined ? { protocol: next } : { protocol: next, port };
}

/** A custom port stays; another protocol's well-known port becomes the new protocol's (80 → 443, 23 → 22), or goes. */
function portFor(port: number | undefined, next: Protocol): number | undefined {
  if (port === undefined) return undefined;
  const named = PORT_PROTOCOLS.get(port);
  if (!named || named.includes(next)) return port;
  return WELL_KNOWN_PORT[next];
}

/** The label of a variant as users read it: "HTTPS", "RDP (TLS)", "TLS". */
export function variantLabel(variant: EncryptedVariant): string {
  if (variant.protocol === undefined) return 'TLS';
  return variant.encrypted ? `${variant.protocol} (TLS)` : variant.protocol;
}

/** The edge with the variant applied (an explicit `encrypted: false` is dropped). */
export function withEncryption(edge: DiagramEdge, variant: EncryptedVariant): DiagramEdge {
  const { encrypted: _old, port: _port, protocol: _protocol, ...rest } = edge;
  const port = variant.protocol === edge.protocol ? edge.port : variant.port;
  return {
    ...rest,
    ...(variant.protocol !== undefined ? { protocol: variant.protocol } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(variant.encrypted ? { encrypted: true } : {}),
  };
}
