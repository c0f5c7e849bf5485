/**
 * The pure core (src/core) imports no React, React Flow, zustand, DOM or Node module, so the CLI,
 * workers and Node tests use it as is. tsconfig.core.json also type-checks it without the DOM and
 * Node libraries; this test checks the imports themselves, including type-only ones.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core/', import.meta.url));
/** Packages the core may use: pure data validation and parsing only (yaml: ROS templates, issue 13). */
const ALLOWED_PACKAGES = new Set(['zod', 'yaml']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Comments may quote code (`from 'elk.position'`); only real statements count. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
}

function importsOf(source: string): string[] {
  const specs: string[] = [];
  for (const m of withoutComments(source).matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    specs.push((m[1] ?? m[2] ?? m[3])!);
  }
  return specs;
}

describe('the pure core', () => {
  const files = sourceFiles(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports only its own modules and pure data libraries', () => {
    const offending: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(CORE)) offending.push(`${relative(CORE, file)} → ${spec} (outside src/core)`);
        } else if (!ALLOWED_PACKAGES.has(spec.split('/')[0]!)) {
          offending.push(`${relative(CORE, file)} → ${spec}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('touches no browser or Node globals', () => {
    const globals = /\b(?:window|document|navigator|localStorage|sessionStorage|indexedDB|process|Buffer|require)\s*[.[(]/;
    const offending = files.filter((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return globals.test(code);
    });
    expect(offending.map((f) => relative(CORE, f))).toEqual([]);
  });

  it('is detected when it breaks the rule (the check itself works)', () => {
    expect(importsOf("import { x } from 'react';\nimport type { Y } from '@xyflow/react';\nimport 'zustand';")).toEqual(['react', '@xyflow/react', 'zustand']);
    expect(importsOf("// read from 'elk.position'\n/* import x from 'react' */\nimport { z } from 'zod';")).toEqual(['zod']);
  });
});

/**
 * The editor session (src/session) is framework-free too: the core, and zustand's vanilla stores
 * (the stores React subscribes to, which need no React), so Node tests drive exactly what the UI runs.
 */
describe('the editor session', () => {
  const SESSION = fileURLToPath(new URL('../../src/session/', import.meta.url));
  const files = sourceFiles(SESSION);

  it('imports only the core, its own modules and zustand without React', () => {
    expect(files.length).toBeGreaterThan(3);
    const offending: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(SESSION) && !target.startsWith(CORE)) offending.push(`${relative(SESSION, file)} → ${spec}`);
        } else if (spec !== 'zustand' && spec !== 'zustand/vanilla') offending.push(`${relative(SESSION, file)} → ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('touches no DOM', () => {
    // Not a module path such as './document.ts'.
    const dom = /(?<![\w./'"-])(?:window|document|navigator|localStorage|indexedDB)\s*[.[(]/;
    expect(files.filter((file) => dom.test(withoutComments(readFileSync(file, 'utf8')))).map((f) => relative(SESSION, f))).toEqual([]);
  });
});

/**
 * Layers inside the core, lowest first: `model` (the document's vocabulary), `standard` (the rule table,
 * the format's limits and the standard's terms: what both the file format and the catalog refer to),
 * then `catalog`, then `format`, then `rules` and the rest. A module imports only from its own layer or
 * a lower one.
 */
describe('the layers of the core', () => {
  const files = sourceFiles(CORE);
  /** Core folders a folder must not import from. */
  const FORBIDDEN: Record<string, readonly string[]> = {
    model: ['standard', 'catalog', 'format', 'rules', 'i18n'],
    standard: ['catalog', 'format', 'rules', 'i18n'],
    catalog: ['format', 'rules'],
    format: ['rules'],
  };

  function upwardImports(file: string, source: string): string[] {
    const from = relative(CORE, file).split('/')[0]!;
    const forbidden = FORBIDDEN[from] ?? [];
    return importsOf(source).flatMap((spec) => {
      if (!spec.startsWith('.')) return [];
      const to = relative(CORE, resolve(dirname(file), spec)).split('/')[0]!;
      return forbidden.includes(to) ? [`${relative(CORE, file)} → ${spec}`] : [];
    });
  }

  it('has no upward import (standard below format and catalog, neither of those importing rules)', () => {
    expect(files.some((f) => relative(CORE, f).startsWith('standard/'))).toBe(true);
    expect(files.flatMap((file) => upwardImports(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('is detected when it breaks the rule (the check itself works)', () => {
    expect(upwardImports(join(CORE, 'standard/x.ts'), "import { a } from '../format/limits.ts';\nimport { b } from '../model/types.ts';")).toEqual(['standard/x.ts → ../format/limits.ts']);
    expect(upwardImports(join(CORE, 'catalog/x.ts'), "import type { R } from '../rules/finding.ts';")).toEqual(['catalog/x.ts → ../rules/finding.ts']);
    expect(upwardImports(join(CORE, 'format/x.ts'), "export { R } from '../rules/catalogue.ts';")).toEqual(['format/x.ts → ../rules/catalogue.ts']);
    expect(upwardImports(join(CORE, 'catalog/x.ts'), "import '../format/schema.ts';")).toEqual(['catalog/x.ts → ../format/schema.ts']);
  });
});
