/**
 * Comparing two generated 1,000-node designs (issue 14): the diff (matching, field changes) and the
 * findings delta (a check of each side, findings matched through the node match), plus the BOM line
 * by line — `compareDiagrams`, what the compare view and `diff` run. Three pairs:
 * - "edited": the same design after about 10 % of its products changed props, 2 % were deleted and
 *   some were added (ids shared, as between two versions of one design);
 * - "re-drawn": the same edits, and every id of the new one replaced, so every node and edge is matched
 *   by content (product, label, parent) — the slowest path;
 * - "diff only": the diff of the edited pair without the checks.
 * Target (issue 14): the compare view of two 1,000-node designs renders within 1 s; this is the core's share.
 * Run: npm run bench:diff
 */
import { loadCatalog } from '../src/node/catalog-fs.ts';
import { compareDiagrams } from '../src/core/diff/compare.ts';
import { diffDiagrams } from '../src/core/diff/diff.ts';
import type { Diagram, DiagramNode } from '../src/core/model/types.ts';
import { generateDiagram } from './generate-diagram.ts';
import { ms, time } from './measure.ts';
import { loadAllMessages } from '../src/core/i18n/load-language.ts';

await loadAllMessages(); // the documents' messages, as the CLI loads them

function edited(base: Diagram): Diagram {
  const nodes: DiagramNode[] = [];
  base.nodes.forEach((node, i) => {
    if (node.kind === 'product' && i % 50 === 7) return; // deleted
    if (node.kind === 'product' && i % 10 === 3) nodes.push({ ...node, props: { ...node.props, multiAZ: !node.props?.multiAZ, spec: 'ecs.g7.xlarge' } });
    else if (i % 7 === 0) nodes.push({ ...node, position: { x: node.position.x + 5, y: node.position.y } });
    else nodes.push(node);
  });
  const ids = new Set(nodes.map((n) => n.id));
  const added = base.nodes.filter((n) => n.kind === 'product' && n.product === 'ecs').slice(0, 20).map((n, k): DiagramNode => ({ ...n, id: `added-${k}`, label: `新增 ${k}` }));
  return { ...base, nodes: [...nodes, ...added], edges: base.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

function redrawn(doc: Diagram): Diagram {
  const to = (id: string) => `r-${id}`;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => ({ ...n, id: to(n.id), ...(n.parent !== undefined ? { parent: to(n.parent) } : {}) })),
    edges: doc.edges.map((e) => ({ ...e, id: to(e.id), source: to(e.source), target: to(e.target) })),
  };
}

const catalog = loadCatalog();
const a = generateDiagram(1000);
const b = edited(a);
const c = redrawn(b);
const fresh = (doc: Diagram): Diagram => ({ ...doc }); // a new object each run: no index cached from the last one
const options = { today: '2026-12-03' };

const sample = compareDiagrams(a, b, catalog, options);
console.log(
  `${a.nodes.length} → ${b.nodes.length} nodes, ${a.edges.length} → ${b.edges.length} edges: ` +
    `${sample.diff.nodes.added.length} added, ${sample.diff.nodes.removed.length} removed, ${sample.diff.nodes.changed.length} changed, ${sample.diff.nodes.moved.length} moved; ` +
    `findings ${sample.checks.before.findings.length} → ${sample.checks.after.findings.length} (${sample.findings.appear.length} appear, ${sample.findings.go.length} go)`,
);
const redrawnSample = compareDiagrams(a, c, catalog, options);
console.log(`re-drawn: ${redrawnSample.diff.match.nodes.length} nodes and ${redrawnSample.diff.match.edges.length} edges matched by content`);

const runs = { warmup: 10, runs: 101 };
for (const [name, fn] of [
  ['edited (diff + findings delta + BOM)', () => compareDiagrams(fresh(a), fresh(b), catalog, options)],
  ['re-drawn (every match by content)', () => compareDiagrams(fresh(a), fresh(c), catalog, options)],
  ['diff only (edited)', () => diffDiagrams(a, b)],
] as const) {
  const t = time(fn, runs);
  console.log(`${name.padEnd(40)} median ${ms(t.median).padStart(9)} (p10 ${ms(t.p10)} – p90 ${ms(t.p90)}, ${t.runs} runs)`);
}
