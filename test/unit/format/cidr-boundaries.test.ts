/**
 * The edges of the CIDR rule (file-format.md: IPv4 `a.b.c.d/n`, n 0–32, no host bits), and of
 * containment as CNS-01 uses it. Written against the mutants StrykerJS left alive in cidr.ts.
 */
import { describe, expect, it } from 'vitest';
import { cidrContains, cidrsOverlap, clearHostBits, parseCidr, type Cidr } from '../../../src/core/format/cidr.ts';

const block = (text: string): Cidr => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return parsed.cidr;
};

describe('CIDR boundaries', () => {
  it('an octet of 255 and a prefix of 32 are valid; 256 and 33 are not', () => {
    expect(parseCidr('255.255.255.255/32').ok).toBe(true);
    expect(parseCidr('10.0.0.255/32').ok).toBe(true);
    expect(parseCidr('256.0.0.0/8')).toEqual({ ok: false, problem: 'format' });
    expect(parseCidr('10.0.0.0/33')).toEqual({ ok: false, problem: 'format' });
  });

  it('a wider block is never inside a narrower one, even when their network addresses agree', () => {
    expect(cidrContains(block('10.0.0.0/24'), block('10.0.0.0/16'))).toBe(false);
    expect(cidrContains(block('10.0.0.0/16'), block('10.0.0.0/24'))).toBe(true);
    expect(cidrsOverlap(block('10.0.0.0/24'), block('10.0.0.0/16'))).toBe(true);
  });

  it('suggests the network address for a host address, and nothing for a block out of range', () => {
    expect(clearHostBits('10.0.1.5/24')).toBe('10.0.1.0/24');
    expect(clearHostBits('10.0.0.1/32')).toBe('10.0.0.1/32');
    expect(clearHostBits('255.255.255.255/32')).toBe('255.255.255.255/32');
    expect(clearHostBits('300.1.1.1/8')).toBeUndefined();
    expect(clearHostBits('10.300.1.1/8')).toBeUndefined();
    expect(clearHostBits('10.0.0.0/33')).toBeUndefined();
    expect(clearHostBits('not a block')).toBeUndefined();
  });
});
