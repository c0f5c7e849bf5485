/**
 * The encrypted counterpart of a plaintext connection: what "switch a plaintext edge to HTTPS/SSH"
 * changes. Shared by the checker (to name the protocol in the fix's label) and by the fix itself.
 */
import type { DiagramEdge, Protocol } from '../../model/types.ts';
import { DATABASE_PROTOCOLS, ENCRYPTED_PROTOCOLS } from '../terms.ts';

export interface EncryptedVariant {
  protocol: Protocol;
  port?: number;
  /** Set when the protocol stays and its own encryption is switched on (RDP over TLS, a self-built database with TLS). */
  encrypted?: true;
}

const WELL_KNOWN_PORT: Partial<Record<Protocol, number>> = { HTTPS: 443, SSH: 22, SFTP: 22 };
const PLAINTEXT_PORT: Partial<Record<Protocol, number>> = { HTTP: 80, Telnet: 23, FTP: 21 };

/** The protocol an edge switches to; administrators' access becomes SSH, business traffic HTTPS or TLS. */
export function encryptedVariant(edge: DiagramEdge): EncryptedVariant {
  const protocol = edge.protocol;
  if (protocol !== undefined && ENCRYPTED_PROTOCOLS.has(protocol)) return { protocol }; // only `encrypted: false` was in the way
  if (protocol === 'RDP' || (protocol !== undefined && DATABASE_PROTOCOLS.has(protocol))) return { protocol, encrypted: true };
  let next: Protocol;
  if (protocol === 'HTTP') next = 'HTTPS';
  else if (protocol === 'FTP') next = 'SFTP';
  else if (protocol === 'Telnet') next = 'SSH';
  else if (edge.kind === 'management') next = 'SSH';
  else next = protocol === undefined ? 'HTTPS' : 'TLS';
  // A port is only changed when it was the plaintext protocol's own (80 → 443, 23 → 22, 21 → 22).
  const wasWellKnown = protocol !== undefined && edge.port !== undefined && PLAINTEXT_PORT[protocol] === edge.port;
  const port = wasWellKnown ? WELL_KNOWN_PORT[next] : edge.port;
  return port === undefined ? { protocol: next } : { protocol: next, port };
}

/** The label of a variant as users read it: "HTTPS", "RDP (TLS)". */
export function variantLabel(variant: EncryptedVariant): string {
  return variant.encrypted ? `${variant.protocol} (TLS)` : variant.protocol;
}

/** The edge with the variant applied (an explicit `encrypted: false` is dropped). */
export function withEncryption(edge: DiagramEdge, variant: EncryptedVariant): DiagramEdge {
  const { encrypted: _old, port: _port, ...rest } = edge;
  const port = variant.port ?? edge.port;
  return {
    ...rest,
    protocol: variant.protocol,
    ...(port !== undefined ? { port } : {}),
    ...(variant.encrypted ? { encrypted: true } : {}),
  };
}
