/**
 * English is a chunk of its own in the app (issue 15): only `load-language.ts` may import the English
 * table, and the checker keeps translatable parameters as message references, so findings made before
 * English arrived read right in English.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelName, platformName } from '../../src/core/rules/names.ts';
import { t } from '../../src/core/i18n/translate.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('English loaded on demand', () => {
  it('only load-language.ts imports the English messages or any documents pack; nothing imports the full tables', () => {
    const text = (file: string) => readFileSync(file, 'utf8');
    const importing = (name: string) => sources('src').filter((file) => new RegExp(`(?:^import (?!type)[^;]*from|import\\()\\s*'[./]*[^']*${name}'`, 'm').test(text(file)));
    const i18n = (name: string) => join('src', 'core', 'i18n', name);
    // messages.{zh,en}.ts assemble the full tables for types and tests; nothing imports those.
    expect(importing('interface\\.en\\.ts').sort()).toEqual([i18n('load-language.ts'), i18n('messages.en.ts')]);
    expect(importing('documents\\.zh\\.ts').sort()).toEqual([i18n('load-language.ts'), i18n('messages.zh.ts')]);
    expect(importing('documents\\.en\\.ts').sort()).toEqual([i18n('load-language.ts'), i18n('messages.en.ts')]);
    expect(importing('findings\\.zh\\.ts').sort()).toEqual([i18n('load-language.ts'), i18n('messages.zh.ts')]);
    expect(importing('findings\\.en\\.ts').sort()).toEqual([i18n('load-language.ts'), i18n('messages.en.ts')]);
    expect(importing('messages\\.(zh|en)\\.ts')).toEqual([]);
  });

  it('level and platform names in findings are message references, translated when shown', () => {
    const params = { level: levelName(3), platform: platformName('alibaba-finance'), platformLevel: levelName(4) };
    expect(params.level).toEqual({ key: 'rules.level.3' });
    expect(t('en', 'rule.CLD-01.platformLevel', params)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(t('zh', 'rule.CLD-01.platformLevel', params)).toContain(t('zh', 'rules.level.3'));
  });
});
