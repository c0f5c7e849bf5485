/**
 * The documents' messages (report, import, price lists, comparisons, exports, filing, versions, CLI)
 * are a pack loaded with the code that makes documents, and what findings say a pack loaded with the
 * rules engine (issue 15). Nothing the first screen loads may use them: every module reachable by
 * static imports from the app's entry is searched for their keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { zhDocuments } from '../../src/core/i18n/documents.zh.ts';
import { zhFindings } from '../../src/core/i18n/findings.zh.ts';
import { zhInterface } from '../../src/core/i18n/interface.zh.ts';

/** Keys of the packs the first screen does not load. */
const DOCUMENT_KEYS = new Set([...Object.keys(zhDocuments), ...Object.keys(zhFindings)]);
const INTERFACE_KEYS = Object.keys(zhInterface);

/**
 * Documents' keys a file names: a quoted string that is one, or a template literal whose fixed head
 * (`report.section.${…}`) only documents' keys start with.
 */
function documentKeysIn(text: string): string[] {
  const quoted = [...text.matchAll(/'([\w.-]+)'|"([\w.-]+)"/g)].map((m) => m[1] ?? m[2]!).filter((s) => DOCUMENT_KEYS.has(s));
  const heads = [...text.matchAll(/`([\w.-]+\.)\$\{/g)]
    .map((m) => m[1]!)
    .filter((head) => [...DOCUMENT_KEYS].some((k) => k.startsWith(head)) && !INTERFACE_KEYS.some((k) => k.startsWith(head)));
  return [...quoted, ...heads];
}

/** Files reachable from `entry` by static (value) imports and re-exports. */
function staticallyReachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm)) {
      const target = normalize(join(dirname(file), m[1]!));
      if (/\.(tsx?)$/.test(target) && existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

describe('message packs', () => {
  it('a key is in one pack only', () => {
    expect(INTERFACE_KEYS.filter((k) => DOCUMENT_KEYS.has(k))).toEqual([]);
    expect(Object.keys(zhFindings).filter((k) => k in zhDocuments)).toEqual([]);
  });

  it('keeps what findings say out of the interface: every finding text is in the findings pack', () => {
    expect(INTERFACE_KEYS.filter((k) => k.startsWith('rule.'))).toEqual([]);
    expect(Object.keys(zhFindings).length).toBeGreaterThan(60);
  });

  it('nothing the first screen loads uses a documents message', () => {
    const files = staticallyReachable('src/ui/main.tsx');
    expect(files.length).toBeGreaterThan(50);
    const users = files.filter((file) => !file.includes('/i18n/')).flatMap((file) => documentKeysIn(readFileSync(file, 'utf8')).map((key) => `${file}: ${key}`));
    expect(users).toEqual([]);
  });

  it('fetches what findings say with the rules engine, and in a language chosen later', async () => {
    vi.resetModules(); // a page that has loaded nothing yet (the test setup loads every pack)
    const { hasMessages, t } = await import('../../src/core/i18n/translate.ts');
    const { loadFindingTexts, loadLanguage } = await import('../../src/core/i18n/load-language.ts');
    expect(hasMessages('zh', 'findings')).toBe(false);
    expect(t('zh', 'rule.ABS-02', {})).toBe('rule.ABS-02');
    await loadLanguage('en');
    expect(hasMessages('en', 'findings')).toBe(false); // no findings asked for yet: not fetched
    await loadFindingTexts('zh');
    expect(hasMessages('zh', 'findings')).toBe(true);
    expect(t('zh', 'rule.ABS-02', {})).not.toBe('rule.ABS-02');
    await loadLanguage('en'); // switching to English now brings its finding texts
    expect(hasMessages('en', 'findings')).toBe(true);
    expect(t('en', 'rule.ABS-02', {})).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
