/**
 * The versions and compare dialogs' own words (issue 14), kept out of the first-load table: the same
 * rules as every English message (no full-width punctuation or curly quotes, plurals chosen), the
 * same placeholders in both languages.
 */
import { describe, expect, it } from 'vitest';
import { compareView as en } from '../../../src/core/i18n/en/compare-view.ts';
import { compareView as zh } from '../../../src/core/i18n/zh/compare-view.ts';
import { t as compareText, type MessageKey as CompareKey } from '../../../src/core/i18n/translate.ts';

const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d]/;
const keys = Object.keys(zh) as (keyof typeof zh)[];
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();

describe('compare dialogs text', () => {
  it('English has no full-width punctuation or curly quotes, and the placeholders of the Chinese', () => {
    expect(keys.filter((k) => FULL_WIDTH.test(en[k]))).toEqual([]);
    for (const k of keys) expect(placeholders(en[k]), k).toEqual(placeholders(zh[k]));
  });

  it('fills placeholders and picks the English plural', () => {
    expect(compareText('en', 'versions.errors', { count: 1 })).toBe('1 error');
    expect(compareText('en', 'versions.errors', { count: 3 })).toBe('3 errors');
    expect(compareText('zh', 'versions.errors', { count: 3 })).toBe('3 个错误');
    expect(compareText('zh', 'compare.nodeAdded', { name: '<b>' })).toBe('<b>：新增');
    expect(compareText('en', 'compare.proposal', { level: { key: 'level.3' } })).toBe('Level 3 proposal');
  });
});
