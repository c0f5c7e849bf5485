/**
 * Comparing two designs (issue 14): the pure core of the compare view, the level delta and `diff`.
 *
 * Matching (`matchDiagrams(a, b)`):
 * - nodes with the same id and the same kind (zone / product) are the same node;
 * - the rest pair up by content — same product id (or zone kind), same label (trimmed), parents
 *   already matched (or both at the top) — in rounds, so a re-drawn or re-imported tree of zones
 *   matches from the roots down; candidates with the same key pair in document order;
 * - edges with the same id are the same edge; the rest pair up by (matched source, matched target,
 *   kind), in document order.
 *
 * The diff (`diffDiagrams(a, b)`), values keeping each side's ids:
 * - `nodes.added` / `nodes.removed`: whole nodes (new design's / old design's);
 * - `nodes.changed`: matched nodes with the fields that differ — `product` / `zone`, `label`,
 *   `parent` (differs when the old parent is not matched to the new one), `quantity`, `props.<name>`
 *   (zone props included);
 * - `nodes.moved`: matched nodes whose position (relative to the parent) or zone size changed — layout,
 *   not a design change, reported apart (a node can be both changed and moved);
 * - `edges.added` / `removed` / `changed` (fields `source`, `target`, `kind`, `protocol`, `port`,
 *   `encrypted`, `mode`, `label`);
 * - `meta`: every meta field that differs (level, platform, title …);
 * - `lists`: waivers, manual checks, certificates, given whole (before and after) when they differ
 *   (waivers compared with their targets mapped through the match);
 * - `match`: every matched pair [old id, new id]; `order`: the new design's document order.
 * `isEmptyDiff(diffDiagrams(a, a))` is true. An empty `props` object and no `props` are the same.
 *
 * Applying (`applyDiff(a, diff)`) rebuilds the new design from the old one. Ids: a matched node or
 * edge keeps its OLD id; an added one keeps its NEW id unless that id is taken by a matched one's old
 * id, then it becomes `<id>-2`, `<id>-3` … (`resultIds(diff)` gives the mapping). So
 * applyDiff(a, diffDiagrams(a, b)) deep-equals alignIds(b, diffDiagrams(a, b)), which is b itself
 * when every match was by id (designs sharing ids: versions of one design).
 *
 * Deltas: `findingsDelta(a, b, catalog, { level? })` — findings that appear (new ids) and go (old
 * ids), identified by rule and targets mapped through the match (plus the message for findings about
 * the whole design); findings on both sides whose severity, clause or waiver changed; open counts and
 * readiness per layer before → after. Without `level` each side is checked at its own meta.level (so
 * comparing a design with itself at another level is comparing it with a copy whose meta.level
 * differs). `bomDelta` / `diagramBomDelta`: BOM lines of both sides, quantity before → after.
 *
 * `compareDiagrams(a, b, catalog, { level?, prices?, today })` runs all of it once (one check per
 * side), with the priced BOMs and the cost delta per period and currency when a price list is given.
 *
 * Level delta (`levelProposal(doc, catalog, level)`): the design with the target level and every
 * offered quick fix applied (errors first, each fix once), the fixes applied and what stays open —
 * a proposal beside the user's design, to compare with it at the target level.
 *
 * Reports (`diffText`, `diffMarkdown`, `diffJson`, `diffSummary` in report.ts): what `diff` prints,
 * also the Markdown export of the compare view; `closedAndOpened` gives the rules a change closes
 * and opens (open errors on one side only).
 */
export { matchDiagrams, type DiagramMatch } from './match.ts';
export { diffDiagrams, isEmptyDiff, META_FIELDS, EDGE_FIELDS, type DiagramDiff, type FieldChange, type FieldValue, type NodeChange, type NodeMove, type EdgeChange, type ListChange } from './diff.ts';
export { applyDiff, alignIds, resultIds } from './apply.ts';
export { findingsDelta, bomDelta, diagramBomDelta, bomKey, type FindingsDelta, type FindingChange, type BomLineDelta, type DeltaOptions } from './delta.ts';
export { compareDiagrams, type Comparison, type CompareOptions } from './compare.ts';
export { levelProposal, type LevelProposal } from './level-proposal.ts';
export { diffJson, diffText, diffMarkdown, diffSummary, closedAndOpened, type DiffSides } from './report.ts';
