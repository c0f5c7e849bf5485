/**
 * A full check (every rule, waivers, stable order, readiness) of generated diagrams.
 * Two figures per size: "full" checks a new version of the document each run, so the diagram index
 * (`indexOf`) is built inside the measurement, as after an edit no one else has indexed yet; "index
 * built" checks a version whose index exists already, as in the editor, where the canvas indexes each
 * version anyway. Target (issue 4): under 3 ms median at 2,000 nodes, linear growth.
 *
 * Each size is measured in a process of its own, as the editor holds one diagram: in one process, the
 * garbage left by checking 5,000 nodes slowed the 2,000-node check by about 0.5 ms (bench/README.md).
 * Run: npm run bench:check            (every size, one process each)
 *      npm run bench:check -- 2000    (one size, in this process)
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../src/node/catalog-fs.ts';
import { indexOf } from '../src/core/index/diagram-index.ts';
import { checkDiagram } from '../src/core/rules/check.ts';
import { generateDiagram } from './generate-diagram.ts';
import { ms, time } from './measure.ts';

const SIZES = [200, 1000, 2000, 5000];

function measure(size: number): void {
  const catalog = loadCatalog();
  const doc = generateDiagram(size);
  // Warm the engine up first, so the measurement does not pay for JIT compilation.
  for (let round = 0; round < 20; round++) checkDiagram({ ...doc }, catalog);
  let findings = 0;
  const full = time(() => (findings = checkDiagram({ ...doc }, catalog).findings.length), { warmup: 10, runs: 201 });
  const indexed = { ...doc };
  indexOf(indexed);
  const cached = time(() => checkDiagram(indexed, catalog), { warmup: 10, runs: 201 });
  console.log(
    `${String(doc.nodes.length).padStart(6)} nodes, ${String(doc.edges.length).padStart(6)} edges, ${String(findings).padStart(6)} findings: ` +
      `full ${ms(full.median).padStart(9)} (${ms(full.p10)} – ${ms(full.p90)}); index built ${ms(cached.median).padStart(9)} (${ms(cached.p10)} – ${ms(cached.p90)})`,
  );
}

async function measureEach(): Promise<void> {
  console.log('full check (median of 201 runs, p10–p90; one process per size)');
  const self = fileURLToPath(import.meta.url);
  for (const size of SIZES) {
    await new Promise<void>((resolve, reject) => {
      fork(self, [String(size)], { stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`size ${size}: exit ${code}`))));
    });
  }
}

const asked = Number(process.argv[2]);
if (Number.isInteger(asked) && asked > 0) measure(asked);
else await measureEach();
