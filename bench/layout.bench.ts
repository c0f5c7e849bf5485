/**
 * Auto-layout (issue 6): elkjs in-process on generated diagrams of 50 to 2,000 nodes, the whole
 * diagram each time: building the ELK graph, ELK itself, and applying the result. Target: 200 nodes
 * in under 1 s. Three figures, because ELK's speed depends a lot on the state of the JavaScript engine:
 * - warm: median of a few runs in a process that has laid out before (a layout worker kept alive);
 * - after GC: one run right after a full garbage collection (the heap shrunk, as after a long idle);
 * - cold: the first layout in a fresh process (the first tidy-up of a session pays for compiling ELK).
 * Memory: the heap right after a run (garbage included, so close to the run's peak) and the process's
 * peak resident size so far. The tuning (fine below FAST_FROM nodes, fast from there on) is printed.
 * Run: npm run bench:layout  (LAYOUT_TUNING=fine|fast forces one tuning; LAYOUT_SIZES=50,200 picks sizes)
 */
import { prepareLayout } from '../src/core/layout/layout-diagram.ts';
import type { LayoutTuning } from '../src/core/layout/layout-options.ts';
import { loadCatalog } from '../src/node/catalog-fs.ts';
import { nodeLayoutEngine } from '../src/node/layout-node.ts';
import { generateDiagram } from './generate-diagram.ts';
import { ms } from './measure.ts';

const catalog = loadCatalog();
const SIZES = (process.env['LAYOUT_SIZES'] ?? '50,200,500,1000,2000').split(',').map(Number);
const forced = process.env['LAYOUT_TUNING'] as LayoutTuning | undefined;
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function runOnce(size: number): Promise<{ elapsed: number; heap: number; tuning: string }> {
  const doc = generateDiagram(size);
  const start = performance.now();
  const request = prepareLayout(doc, catalog, { kind: 'diagram' }, forced ? { tuning: forced } : {})!;
  const result = request.apply(await nodeLayoutEngine(request.graph));
  const elapsed = performance.now() - start;
  const heap = process.memoryUsage().heapUsed;
  if (result.nodes.length !== doc.nodes.length) throw new Error('layout lost nodes');
  return { elapsed, heap, tuning: request.tuning };
}

const cold = await runOnce(200);
console.log(`cold: the first layout in this process, 200 nodes: ${ms(cold.elapsed)}`);
await runOnce(50);
await runOnce(200);

console.log(`layout of the whole diagram: warm median (runs, min – max), after a full GC${forced ? `; tuning forced to ${forced}` : ''}`);
for (const size of SIZES) {
  const runs = size <= 200 ? 7 : size <= 500 ? 3 : 2;
  const samples: number[] = [];
  let heap = 0;
  let tuning = '';
  for (let i = 0; i < runs; i++) {
    const run = await runOnce(size);
    samples.push(run.elapsed);
    heap = Math.max(heap, run.heap);
    tuning = run.tuning;
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  let afterGc = '';
  if (gc) {
    gc();
    afterGc = `, after GC ${ms((await runOnce(size)).elapsed)}`;
  }
  const edges = generateDiagram(size).edges.length;
  console.log(
    `${String(size).padStart(6)} nodes, ${String(edges).padStart(5)} edges: ${ms(median).padStart(10)} (${runs} runs, ${ms(samples[0]!)} – ${ms(samples.at(-1)!)})${afterGc}, ` +
      `${tuning}; heap after run ${mb(heap)}, peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}
