/**
 * Properties of the diff over random pairs of designs (a template and a randomly edited copy, the
 * copy's ids sometimes all replaced and its order shuffled): a design differs from itself in nothing,
 * also when re-drawn with other ids; applying the diff to the old design gives the new one (with the
 * id rule of apply.ts, and exactly the new one when ids were kept); the findings delta is the check
 * of the new design minus the check of the old one, as multisets under the match.
 *
 * Seeded; PROPERTY_SEED / PROPERTY_RUNS explore more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignIds, applyDiff, diffDiagrams, findingsDelta, isEmptyDiff } from '../../../src/core/diff/index.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import type { Finding } from '../../../src/core/rules/finding.ts';
import { catalog } from '../../support/catalog.ts';
import { random } from '../../support/random.ts';
import { TEMPLATE_FILES, loadTemplate } from '../rules/fix-geometry.ts';
import { mutate, renameAll } from './mutate.ts';

const SEED = Number(process.env['PROPERTY_SEED'] ?? 20261203);
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);
const templates = TEMPLATE_FILES.map(loadTemplate);

const pair = fc
  .record({ template: fc.nat({ max: templates.length - 1 }), seed: fc.nat(), renameIds: fc.boolean(), shuffle: fc.boolean(), firstEdited: fc.boolean() })
  .map(({ template, seed, renameIds, shuffle, firstEdited }) => {
    const next = random(seed);
    const base = templates[template]!;
    // Sometimes both sides are edits of the template, so neither is the "clean" one.
    const a = firstEdited ? mutate(base, next, { renameIds: false, shuffle: false }) : base;
    const b = mutate(a, next, { renameIds, shuffle });
    return { a, b, renameIds };
  });

describe('diff properties', () => {
  it('diff(A, A) is empty, and so is diff(A, A re-drawn with other ids)', () => {
    fc.assert(
      fc.property(pair, ({ a }) => {
        expect(isEmptyDiff(diffDiagrams(a, a))).toBe(true);
        const redrawn = renameAll(a);
        const diff = diffDiagrams(a, redrawn);
        expect(isEmptyDiff(diff)).toBe(true);
        expect(diff.match.nodes).toHaveLength(a.nodes.length);
        expect(diff.match.edges).toHaveLength(a.edges.length);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('applyDiff(A, diff(A, B)) equals B (matched nodes keeping their ids in A; B itself when ids were kept)', () => {
    fc.assert(
      fc.property(pair, ({ a, b, renameIds }) => {
        const diff = diffDiagrams(a, b);
        const applied = applyDiff(a, diff);
        expect(applied).toStrictEqual(alignIds(b, diff));
        if (!renameIds) expect(applied).toStrictEqual(b);
        // The diff is data: it survives JSON (the UI keeps it, the CLI prints it).
        expect(applyDiff(a, JSON.parse(JSON.stringify(diff)))).toStrictEqual(applied);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the findings delta equals check(B) − check(A) and check(A) − check(B), as multisets under the match', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom(undefined, 2, 3, 4), ({ a, b }, level) => {
        const diff = diffDiagrams(a, b);
        const delta = findingsDelta(a, b, catalog, level === undefined ? {} : { level: level as 2 | 3 | 4 });
        const options = level === undefined ? {} : { level: level as 2 | 3 | 4 };
        const before = checkDiagram(a, catalog, options).findings;
        const after = checkDiagram(b, catalog, options).findings;
        // Old ids to new ones from the diff's own list of pairs; an unmatched old id stays itself with a mark.
        const toNew = new Map([...diff.match.nodes, ...diff.match.edges]);
        const key = (f: Finding, map: (id: string) => string) => `${f.rule}|${f.targets.map(map).join(',')}|${f.targets.length === 0 ? f.messageKey : ''}`;
        const oldKeys = before.map((f) => key(f, (id) => toNew.get(id) ?? `old:${id}`));
        const newKeys = after.map((f) => key(f, (id) => id));
        const minus = (xs: string[], ys: string[]) => {
          const left = [...ys];
          return xs.filter((x) => {
            const i = left.indexOf(x);
            if (i < 0) return true;
            left.splice(i, 1);
            return false;
          });
        };
        expect(delta.appear.map((f) => key(f, (id) => id)).sort()).toEqual(minus(newKeys, oldKeys).sort());
        expect(delta.go.map((f) => key(f, (id) => toNew.get(id) ?? `old:${id}`)).sort()).toEqual(minus(oldKeys, newKeys).sort());
        expect(delta.summary.after.error - delta.summary.before.error).toBe(
          after.filter((f) => f.severity === 'error' && !f.waived).length - before.filter((f) => f.severity === 'error' && !f.waived).length,
        );
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

export type { Diagram };
