/**
 * The documents' messages (report, import, price lists, comparisons, CLI) are a pack loaded with the
 * code that makes documents (issue 15). Nothing the first screen loads may use them: every module
 * reachable by static imports from the app's entry is searched for their keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhDocuments } from '../../src/core/i18n/documents.zh.ts';
import { zhInterface } from '../../src/core/i18n/interface.zh.ts';

const DOCUMENT_KEYS = new Set(Object.keys(zhDocuments));
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
  });

  it('nothing the first screen loads uses a documents message', () => {
    const files = staticallyReachable('src/ui/main.tsx');
    expect(files.length).toBeGreaterThan(50);
    const users = files.filter((file) => !file.includes('/i18n/')).flatMap((file) => documentKeysIn(readFileSync(file, 'utf8')).map((key) => `${file}: ${key}`));
    expect(users).toEqual([]);
  });
});
