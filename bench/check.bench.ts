/**
 * A full check (every rule, waivers, stable order, readiness) of generated diagrams.
 * Two figures per size: "full" checks a new version of the document each run, so the diagram index
 * (`indexOf`) is built inside the measurement, as after an edit no one else has indexed yet; "index
 * built" checks a version whose index exists already, as in the editor, where the canvas indexes each
 * version anyway. Target (issue 4): under 3 ms median at 2,000 nodes, linear growth.
 * Run: npm run bench:check
 */
import { loadCatalog } from '../src/node/catalog-fs.ts';
import { indexOf } from '../src/core/index/diagram-index.ts';
import { checkDiagram } from '../src/core/rules/check.ts';
import { generateDiagram } from './generate-diagram.ts';
import { ms, time } from './measure.ts';

const catalog = loadCatalog();
const SIZES = [200, 1000, 2000, 5000];
const docs = SIZES.map((size) => generateDiagram(size));

// Warm the engine up on every size first, so the first size measured is not the one paying for JIT.
for (let round = 0; round < 10; round++) for (const doc of docs) checkDiagram({ ...doc }, catalog);

console.log('full check (median of 51 runs, p10–p90)');
for (const doc of docs) {
  let findings = 0;
  const full = time(() => (findings = checkDiagram({ ...doc }, catalog).findings.length), { warmup: 10, runs: 51 });
  const indexed = { ...doc };
  indexOf(indexed);
  const cached = time(() => checkDiagram(indexed, catalog), { warmup: 10, runs: 51 });
  console.log(
    `${String(doc.nodes.length).padStart(6)} nodes, ${String(doc.edges.length).padStart(6)} edges, ${String(findings).padStart(6)} findings: ` +
      `full ${ms(full.median).padStart(9)} (${ms(full.p10)} – ${ms(full.p90)}); index built ${ms(cached.median).padStart(9)} (${ms(cached.p10)} – ${ms(cached.p90)})`,
  );
}
