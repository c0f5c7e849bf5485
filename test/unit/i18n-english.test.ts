/**
 * English text reads as English: no full-width Chinese punctuation, and counts agree with their
 * nouns ("1 error", "2 errors"), through the `{count:one|other}` form translate() understands.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/i18n/messages.en.ts';
import { t, type MessageKey } from '../../src/core/i18n/translate.ts';

const FULL_WIDTH = /[（）：，。、；！？【】《》“”]/;
const keys = Object.keys(en) as MessageKey[];
/** Every placeholder of a message set to the same value. */
const allParams = (key: MessageKey, value: string | number) =>
  Object.fromEntries([...en[key].matchAll(/\{(\w+)/g)].map((m) => [m[1]!, value]));

describe('English messages', () => {
  it('use no full-width Chinese punctuation', () => {
    expect(keys.filter((key) => FULL_WIDTH.test(en[key])).map((key) => `${key}: ${en[key]}`)).toEqual([]);
  });

  it('write no "(s)" plurals', () => {
    expect(keys.filter((key) => en[key].includes('(s)'))).toEqual([]);
  });

  it('agree with a count of one and of two', () => {
    // A count followed by a plural noun must choose the noun by the number ({max}, {length} and
    // {height} are limits and sizes, never one).
    const unchosen = keys.filter((key) => /\{(?:count|error|warning|n)\} (?:more )?(?:open )?[a-z]+s\b/.test(en[key]));
    expect(unchosen).toEqual([]);
    const one = keys.map((key) => [key, t('en', key, allParams(key, 1))] as const).filter(([, text]) => /\b1 (?:more )?(?:open )?(?:errors|warnings|notes|problems|findings|elements|items|kinds)\b/.test(text));
    expect(one).toEqual([]);
    expect(t('en', 'findings.badgeErrors', { count: 1 })).toBe('1 error');
    expect(t('en', 'findings.badgeErrors', { count: 2 })).toBe('2 errors');
    expect(t('en', 'read.invalid', { count: 1 })).toBe('The file has 1 problem and was not opened:');
    expect(t('zh', 'findings.badgeErrors', { count: 1 })).toBe('1 个错误');
  });
});
