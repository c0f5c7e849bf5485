import { describe, expect, it } from 'vitest';
import { cidrContains, cidrsOverlap, parseCidr, type Cidr } from '../../../src/core/format/cidr.ts';
import { codePointLength, isCalendarDate } from '../../../src/core/standard/text.ts';

const cidr = (text: string): Cidr => {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(text);
  return r.cidr;
};

describe('CIDR', () => {
  it('accepts network addresses and refuses host bits and bad syntax', () => {
    expect(parseCidr('10.0.1.0/24')).toEqual({ ok: true, cidr: { base: 0x0a000100, prefix: 24 } });
    expect(parseCidr('0.0.0.0/0').ok).toBe(true);
    expect(parseCidr('192.168.1.7/32').ok).toBe(true);
    expect(parseCidr('10.0.1.5/24')).toEqual({ ok: false, problem: 'hostBits' });
    for (const bad of ['10.0.1.0', '10.0.1.0/33', '256.0.0.0/8', '10.0.01.0/24', '10.0.0.0/08', ' 10.0.0.0/8', 'a.b.c.d/8']) {
      expect(parseCidr(bad), bad).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('tells containment and overlap', () => {
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.0.3.0/24'))).toBe(true);
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.1.0.0/24'))).toBe(false);
    expect(cidrContains(cidr('10.0.3.0/24'), cidr('10.0.0.0/16'))).toBe(false);
    expect(cidrContains(cidr('0.0.0.0/0'), cidr('203.0.113.0/24'))).toBe(true);
    expect(cidrsOverlap(cidr('10.0.0.0/23'), cidr('10.0.1.0/24'))).toBe(true);
    expect(cidrsOverlap(cidr('10.0.0.0/24'), cidr('10.0.1.0/24'))).toBe(false);
  });
});

describe('text', () => {
  it('counts code points', () => {
    expect(codePointLength('𠀀')).toBe(1);
    expect(codePointLength('a𠀀b😀')).toBe(4);
    expect(codePointLength('\ud800')).toBe(1);
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-00-10')).toBe(false);
    expect(isCalendarDate('2026-11-28T00:00')).toBe(false);
  });
});

describe('suggesting the network address', () => {
  it('clears host bits', async () => {
    const { clearHostBits } = await import('../../../src/core/format/cidr.ts');
    expect(clearHostBits('10.0.1.5/24')).toBe('10.0.1.0/24');
    expect(clearHostBits('192.168.7.200/22')).toBe('192.168.4.0/22');
    expect(clearHostBits('10.0.0.1/0')).toBe('0.0.0.0/0');
    expect(clearHostBits('nonsense')).toBeUndefined();
  });
});
