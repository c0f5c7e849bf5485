import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/core/model/file-name.ts';

describe('safe file names', () => {
  it('keeps readable titles, Chinese included', () => {
    expect(safeFileName('网上商城 等保三级 V1.2', '.mlps.json')).toBe('网上商城 等保三级 V1.2.mlps.json');
  });

  it('removes path separators, control, bidi and reserved characters', () => {
    expect(safeFileName('../../etc/passwd', '.svg')).toBe('etc passwd.svg');
    expect(safeFileName('a\u202eb\u0000c\u200bd<>:"|?*e', '.csv')).toBe('a b c d e.csv');
    expect(safeFileName('C:\\Windows\\x', '.csv')).toBe('C Windows x.csv');
  });

  it('never gives an empty, dot-only or reserved name', () => {
    expect(safeFileName('   ', '.json')).toBe('diagram.json');
    expect(safeFileName('...', '.json')).toBe('diagram.json');
    expect(safeFileName('CON', '.json')).toBe('CON_.json');
  });

  it('bounds the length, counting characters not bytes', () => {
    const name = safeFileName('𠀀'.repeat(500), '.pdf');
    expect(Array.from(name)).toHaveLength(80 + 4);
  });
});
