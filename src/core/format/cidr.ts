/** IPv4 CIDR blocks: parsing and writing, the format's validity rule, containment and overlap (used by CNS-01). */

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  base: number;
  prefix: number;
}

export type CidrProblem = 'format' | 'hostBits';

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** `10.0.1.0/24` → its block; `10.0.1.5/24` (host bits set), `300.1.1.1/8` or `10.0.0.0/33` → a problem. */
export function parseCidr(text: string): { ok: true; cidr: Cidr } | { ok: false; problem: CidrProblem } {
  const m = CIDR.exec(text);
  if (!m) return { ok: false, problem: 'format' };
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  // Leading zeros ("010") are ambiguous (octal in some tools): refused.
  if (m.slice(1, 6).some((part) => part.length > 1 && part.startsWith('0'))) return { ok: false, problem: 'format' };
  if (octets.some((o) => o > 255) || prefix > 32) return { ok: false, problem: 'format' };
  const address = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const mask = maskOf(prefix);
  if ((address & ~mask) >>> 0 !== 0) return { ok: false, problem: 'hostBits' };
  return { ok: true, cidr: { base: address, prefix } };
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && (inner.base & maskOf(outer.prefix)) >>> 0 === outer.base;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}

/** `10.0.1.5/24` → `10.0.1.0/24`: the block a host address belongs to (a suggestion for users). */
export function clearHostBits(text: string): string | undefined {
  const m = CIDR.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  return formatCidr({ base: (address & maskOf(prefix)) >>> 0, prefix });
}

/** A block as text: `{ base: 0x0a000100, prefix: 24 }` → `10.0.1.0/24`. */
export function formatCidr({ base, prefix }: Cidr): string {
  return `${base >>> 24}.${(base >>> 16) & 255}.${(base >>> 8) & 255}.${base & 255}/${prefix}`;
}
