/**
 * Properties of every quick fix over random designs (templates with random nodes deleted): applying a
 * fix the checker offers removes the finding it was offered for, keeps every child inside its parent,
 * and changes the bill of materials only in lines of products that the fix's own description names
 * (by product name or alias, or by the name of a node it names).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBom } from '../../../src/core/bom/bom.ts';
import { nodeDisplayName } from '../../../src/core/catalog/names.ts';
import { containmentViolations } from '../../../src/core/edit/containment.ts';
import { t } from '../../../src/core/i18n/translate.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import type { Finding } from '../../../src/core/rules/finding.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import { fixKey } from '../../../src/core/rules/fixes/fix.ts';
import { TEMPLATE_FILES, loadTemplate, withoutNodes } from './fix-geometry.ts';
import { catalog } from './support.ts';
import { random } from '../../support/random.ts';

const templates = TEMPLATE_FILES.map(loadTemplate);

/** Quantity per BOM line (product, edition, spec). */
function bomLines(doc: Diagram): Map<string, { product: string; quantity: number }> {
  return new Map(buildBom(doc, catalog).map((l) => [JSON.stringify([l.product, l.edition ?? null, l.spec ?? null]), l]));
}

/** Products whose BOM lines differ between two documents. */
function bomChanges(before: Diagram, after: Diagram): Set<string> {
  const a = bomLines(before);
  const b = bomLines(after);
  const changed = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (x?.quantity !== y?.quantity) changed.add((x ?? y)!.product);
  }
  return changed;
}

/** Products a fix's description names, in either language: by catalog name or alias, or by a named node. */
function namedProducts(doc: Diagram, finding: Finding): Set<string> {
  const fix = finding.fix!;
  const texts = [t('zh', fix.messageKey, fix.params), t('en', fix.messageKey, fix.params)];
  const names = new Set<string>();
  for (const product of catalog.products) {
    const words = [product.name.zh, product.name.en, ...product.aliases].filter((w) => w.length >= 3);
    if (words.some((w) => texts.some((text) => text.includes(w)))) names.add(product.id);
  }
  for (const node of doc.nodes) {
    if (node.kind !== 'product') continue;
    const name = nodeDisplayName(node, catalog);
    if (texts[0]!.includes(name.zh) || texts[1]!.includes(name.en)) names.add(node.product);
  }
  return names;
}

/** The same finding: rule and targets (and, for rules with several findings of no target, which one). */
const sameFinding = (a: Finding, b: Finding) => a.rule === b.rule && a.targets.join('\n') === b.targets.join('\n') && (a.targets.length > 0 || a.messageKey === b.messageKey);

describe('every offered quick fix, on random designs', () => {
  it('removes its finding, keeps children inside parents, and changes the BOM only where its description says', () => {
    // Which nodes go, and which fix is tried, come from a source seeded by fast-check's number, not from
    // its biased doubles (which favour 0 and would empty most designs): each node goes with a chance of
    // 2–30 %, so gaps open that fixes close.
    const design = fc
      .record({ template: fc.nat({ max: templates.length - 1 }), seed: fc.nat() })
      .map(({ template, seed }) => {
        const base = templates[template]!;
        const next = random(seed);
        const rate = 0.02 + 0.28 * next();
        const victims = base.nodes.filter(() => next() < rate).map((n) => n.id);
        const pick = Math.floor(next() * 1e6);
        return { doc: withoutNodes(base, victims), pick, victims, file: TEMPLATE_FILES[template]! };
      });
    let applied = 0;
    fc.assert(
      fc.property(design, ({ doc, pick, victims, file }) => {
        const open = checkDiagram(doc, catalog).findings.filter((f) => f.fix && !f.waived);
        if (open.length === 0) return;
        // Two fixes per design: a picked one and, when there is one, the next fix along.
        const ids = [...new Set(open.map((f) => fixKey(f.fix!.change)))];
        for (const id of [ids[pick % ids.length]!, ids[(pick + 1) % ids.length]!]) {
          const finding = open.find((f) => fixKey(f.fix!.change) === id)!;
          const after = applyFix(doc, finding.fix!.change, catalog);
          applied++;
          const where = `${file} without ${victims.join(',')}: ${id}`;
          expect(after, where).not.toBe(doc);
          const left = checkDiagram(after, catalog).findings.filter((f) => !f.waived);
          expect(left.filter((f) => sameFinding(f, finding)), `${where} leaves its finding`).toEqual([]);
          if (containmentViolations(doc).length === 0) expect(containmentViolations(after), `${where} containment`).toEqual([]);
          const named = namedProducts(doc, finding);
          const unnamed = [...bomChanges(doc, after)].filter((p) => !named.has(p));
          expect(unnamed, `${where} changes BOM lines it does not name (${t('zh', finding.fix!.messageKey, finding.fix!.params)})`).toEqual([]);
        }
      }),
      { seed: 20261203, numRuns: 500 },
    );
    expect(applied).toBeGreaterThan(300);
  });
});
