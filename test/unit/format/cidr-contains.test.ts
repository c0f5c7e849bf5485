/** A block contains itself and overlaps an identical one (issue 16: cidrContains at equal prefixes). */
import { describe, expect, it } from 'vitest';
import { cidrContains, cidrsOverlap, parseCidr, type Cidr } from '../../../src/core/format/cidr.ts';

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.cidr;
}

describe('cidrContains at equal prefixes', () => {
  it('a block contains itself, and overlaps an identical block', () => {
    expect(cidrContains(cidr('10.0.1.0/24'), cidr('10.0.1.0/24'))).toBe(true);
    expect(cidrsOverlap(cidr('10.0.1.0/24'), cidr('10.0.1.0/24'))).toBe(true);
  });

  it('two different blocks of one size neither contain nor overlap each other', () => {
    expect(cidrContains(cidr('10.0.1.0/24'), cidr('10.0.2.0/24'))).toBe(false);
    expect(cidrsOverlap(cidr('10.0.1.0/24'), cidr('10.0.2.0/24'))).toBe(false);
  });
});
