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

const prefixOf = (key: string) => key.slice(0, key.indexOf('.'));
const DOCUMENT_PREFIXES = [...new Set(Object.keys(zhDocuments).map(prefixOf))];

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
  it('the documents pack has key prefixes of its own', () => {
    const interfacePrefixes = new Set(Object.keys(zhInterface).map(prefixOf));
    expect(DOCUMENT_PREFIXES.filter((p) => interfacePrefixes.has(p))).toEqual([]);
  });

  it('nothing the first screen loads uses a documents message', () => {
    const files = staticallyReachable('src/ui/main.tsx');
    expect(files.length).toBeGreaterThan(50);
    const pattern = new RegExp(`['"\`](?:${DOCUMENT_PREFIXES.join('|')})\\.[A-Za-z$]`);
    const users = files.filter((file) => !file.includes('/i18n/') && pattern.test(readFileSync(file, 'utf8')));
    expect(users).toEqual([]);
  });
});
