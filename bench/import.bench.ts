/**
 * Import (issue 13): a generated `terraform show -json` state of 500 resources (25 three-tier systems:
 * VPC, four vSwitches, a security group and its rules, four ECS of a `count` group, an ALB with server
 * group and listener, an RDS with account and backup policy, an EIP bound to the ALB …) read, drawn and
 * laid out with ELK in-process, as the CLI's `import` does. Target (issue 13): a 500-resource state to
 * a laid-out canvas in ≤ 2 s. Prints the median of several runs for reading + drawing, layout, total.
 * Run: npm run bench:import  (IMPORT_RESOURCES=1000 for another size)
 */
import { buildImportedDiagram, layoutImported, readInfrastructure } from '../src/core/import/index.ts';
import { loadCatalog } from '../src/node/catalog-fs.ts';
import { nodeLayoutEngine } from '../src/node/layout-node.ts';
import { median, ms } from './measure.ts';
import { generateState } from './terraform-state.ts';
import { loadAllMessages } from '../src/core/i18n/load-language.ts';

await loadAllMessages(); // the documents' messages, as the CLI loads them

const catalog = loadCatalog();
const TARGET = Number(process.env['IMPORT_RESOURCES'] ?? 500);
const RUNS = 7;

const text = generateState(TARGET);
const reads: number[] = [];
const layouts: number[] = [];
const totals: number[] = [];
let nodes = 0;
let edges = 0;
for (let run = 0; run < RUNS + 1; run++) {
  const start = performance.now();
  const read = readInfrastructure(text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const { diagram } = buildImportedDiagram(read.plan, catalog);
  const drawn = performance.now();
  const laidOut = await layoutImported(diagram, catalog, nodeLayoutEngine);
  const end = performance.now();
  nodes = laidOut.nodes.length;
  edges = laidOut.edges.length;
  if (run === 0) continue; // the first run compiles ELK: the app's worker has done that before
  reads.push(drawn - start);
  layouts.push(end - drawn);
  totals.push(end - start);
}
console.log(`${TARGET} resources (${(text.length / 1024).toFixed(0)} KB) → ${nodes} nodes, ${edges} edges; median of ${RUNS} runs:`);
console.log(`  read + draw: ${ms(median(reads))}   layout: ${ms(median(layouts))}   total: ${ms(median(totals))}`);
