/**
 * Building the diagram index (children, ancestors, security zone / region / VPC, edges in and out).
 * Target (issue 2): a 5,000-node document indexed in well under 10 ms. Run: npm run bench:index
 */
import { buildIndex } from '../src/core/index/diagram-index.ts';
import { generateDiagram } from './generate-diagram.ts';
import { ms, time } from './measure.ts';

console.log('diagram index build (median of 31 runs, p10–p90)');
for (const size of [200, 1000, 2000, 5000, 10000]) {
  const doc = generateDiagram(size);
  const t = time(() => buildIndex(doc), { warmup: 10, runs: 31 });
  console.log(`${String(size).padStart(6)} nodes, ${String(doc.edges.length).padStart(6)} edges: ${ms(t.median).padStart(10)}  (${ms(t.p10)} – ${ms(t.p90)})`);
}
