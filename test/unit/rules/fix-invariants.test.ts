/**
 * Whatever a quick fix adds or moves stays drawn cleanly: every node inside its parent zone (below the
 * header, within its sides) and nothing overlapping a sibling it did not overlap before. Checked over
 * every fix the checker offers for every template with any one node deleted, and over random sequences
 * of fixes on templates with several nodes deleted.
 */
import { describe, expect, it } from 'vitest';
import { validateDiagram } from '../../../src/core/format/read.ts';
import type { Diagram, Level } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import { fixKey, type Fix } from '../../../src/core/rules/fixes/fix.ts';
import { TEMPLATE_FILES, containmentProblems, loadTemplate, newOverlaps, withoutNodes } from './fix-geometry.ts';
import { catalog } from './support.ts';
import { random } from '../../support/random.ts';

/** Fixes offered at the design's own level and at level 4 (which asks for the most), one per key, in key order. */
function offered(doc: Diagram): Fix[] {
  const fixes = new Map<string, Fix>();
  for (const level of [undefined, 4 as Level]) {
    for (const f of checkDiagram(doc, catalog, level ? { level } : {}).findings) if (f.fix && !f.waived) fixes.set(fixKey(f.fix.change), f.fix.change);
  }
  return [...fixes.keys()].sort().map((key) => fixes.get(key)!);
}

function problemsOf(before: Diagram, after: Diagram): string[] {
  const valid = validateDiagram(JSON.parse(JSON.stringify(after)), catalog);
  return [...(valid.ok ? [] : [`invalid: ${JSON.stringify(valid.error)}`]), ...containmentProblems(after), ...newOverlaps(before, after)];
}


describe('what quick fixes add stays inside its zone and clear of its neighbours', () => {
  for (const file of TEMPLATE_FILES) {
    it(`every fix offered for ${file} with any one node deleted`, () => {
      const template = loadTemplate(file);
      expect(containmentProblems(template)).toEqual([]);
      const designs = [template, ...template.nodes.map((n) => withoutNodes(template, [n.id]))];
      let applied = 0;
      const problems: string[] = [];
      for (const [i, doc] of designs.entries()) {
        for (const fix of offered(doc)) {
          const id = fixKey(fix);
          const after = applyFix(doc, fix, catalog);
          applied++;
          for (const p of problemsOf(doc, after)) problems.push(`${i === 0 ? 'as is' : `without ${template.nodes[i - 1]!.id}`}, ${id}: ${p}`);
        }
      }
      expect(problems).toEqual([]);
      // Not a vacuous pass: deleting nodes opens gaps that fixes close.
      expect(applied).toBeGreaterThan(0);
    });

    it(`random sequences of fixes on ${file} with several nodes deleted`, () => {
      const template = loadTemplate(file);
      const problems: string[] = [];
      let total = 0;
      for (let seed = 1; seed <= 8; seed++) {
        const next = random(seed * 7919 + file.length);
        const victims = template.nodes.filter(() => next() < 0.2).map((n) => n.id);
        let doc = withoutNodes(template, victims);
        const steps: string[] = [];
        for (let step = 0; step < 20; step++) {
          const fixes = offered(doc);
          if (fixes.length === 0) break;
          const fix = fixes[Math.floor(next() * fixes.length)]!;
          steps.push(fixKey(fix));
          const after = applyFix(doc, fix, catalog);
          for (const p of problemsOf(doc, after)) problems.push(`seed ${seed} without ${victims.join(',')} after ${steps.join(' → ')}: ${p}`);
          doc = after;
        }
        total += steps.length;
      }
      expect(total).toBeGreaterThan(8);
      expect(problems).toEqual([]);
    });
  }
});
