import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/i18n/messages.en.ts';
import { zh } from '../../src/core/i18n/messages.zh.ts';
import { joinList, t } from '../../src/core/i18n/translate.ts';
import type { IssueCode } from '../../src/core/format/errors.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Each area file defines its own keys: a key in two files would silently override the other. */
function areaKeys(lang: 'zh' | 'en'): Map<string, string[]> {
  const dir = new URL(`../../src/core/i18n/${lang}/`, import.meta.url);
  const owners = new Map<string, string[]>();
  for (const file of readdirSync(dir)) {
    for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/^\s+'([\w.-]+)':/gm)) {
      owners.set(m[1]!, [...(owners.get(m[1]!) ?? []), file]);
    }
  }
  return owners;
}

describe('messages', () => {
  it('defines every key in exactly one area file', () => {
    for (const lang of ['zh', 'en'] as const) {
      const twice = [...areaKeys(lang)].filter(([, files]) => files.length > 1).map(([key, files]) => `${key}: ${files.join(', ')}`);
      expect(twice, lang).toEqual([]);
    }
  });

  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('has no empty message', () => {
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('words every issue code the reader can produce', () => {
    const codes: IssueCode[] = [
      'forbiddenKey', 'nestingTooDeep', 'missing', 'nullValue', 'notFinite', 'notInteger', 'wrongType', 'unknownKey', 'notAllowed',
      'outOfRange', 'notPositive', 'tooLong', 'emptyText', 'badId', 'badRegionId', 'badDate', 'badCidr', 'cidrHostBits', 'duplicateId',
      'unknownProduct', 'propNotForProduct', 'unknownEdition', 'propNotForZone', 'missingParent', 'parentNotZone', 'parentCycle',
      'tooManyAncestors', 'danglingEdge', 'edgeToZone', 'selfLoop', 'modeNotBackup', 'unknownRule', 'unknownManualItem',
      'duplicateManualItem', 'invalid',
    ];
    for (const code of codes) expect(Object.hasOwn(zh, `issue.${code}`), code).toBe(true);
  });

  it('interpolates parameters literally, picking the language of localized ones', () => {
    expect(t('zh', 'issue.propNotForProduct', { prop: 'ssl', product: { zh: '云服务器 ECS', en: 'Elastic Compute Service' } })).toBe('属性 "ssl" 不适用于 云服务器 ECS');
    expect(t('en', 'issue.unknownKey', { key: '<script>{x}</script>' })).toBe('unknown key "<script>{x}</script>"');
    expect(joinList(['a', 'b'], 'zh')).toBe('a、b');
    expect(joinList(['a', 'b'], 'en')).toBe('a, b');
  });
});
