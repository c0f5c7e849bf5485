/**
 * Import of an existing system (issue 13): Terraform `terraform show -json` output (state or plan) and
 * ROS templates (JSON or YAML) → a diagram in 等保 zones, plus an import report. Pure core: no DOM, no
 * file system; the layout engine is injected.
 *
 * Public API (what the app's import dialog and the CLI use):
 *
 *   detectImportSource(text: string): 'terraform' | 'ros' | null
 *     By content only (Terraform: JSON with `format_version` and `values` / `planned_values` /
 *     `resource_changes`; ROS: JSON or YAML with `ROSTemplateFormatVersion` or `ALIYUN::…` types).
 *     Use it on a drop / 打开 to route the file to the import dialog instead of the diagram reader.
 *
 *   readInfrastructure(text: string, options?: { from?: ImportSource; fileName?: string }): ReadInfrastructureResult
 *     → { ok: true, plan: ImportPlan } | { ok: false, errors: ImportError[] }
 *     Refusals are message keys + params + a location (`describeImportError(error, lang)` words them):
 *     over 20 MB (checked before parsing), not JSON/YAML (line, column), too many YAML aliases,
 *     neither Terraform nor ROS (or not the `from` asked for), a Terraform format_version not 1.x.
 *     Bytes from a file picker: decode with `decodeFileBytes` (src/core/format/json-text.ts) first.
 *     `plan.zoneProposals`: one per vSwitch { vswitch (address), name, cidr, kind, reason: { key, params } }
 *     for the dialog (kind per vSwitch, reason shown with `t(lang, reason.key, reason.params)`).
 *     `plan.resources`: source-neutral resources (address, type, kind, product, name, tags, region,
 *     zoneIds, refs by address, attrs); secrets were removed while reading (`plan.secretsDropped`).
 *
 *   buildImportedDiagram(plan: ImportPlan, catalog: Catalog, options?: BuildImportOptions): BuildImportResult
 *     options: { zoneKinds?: Record<vswitchAddress, SecurityZoneKind>, level?, title?, platform?,
 *                previous?: Diagram, lang? }
 *     → { diagram: Diagram, report: ImportReport }. The diagram passes the reader's validation; nodes
 *     are placed roughly (inside their zones, not overlapping). Node and edge ids start with `imp:`
 *     and derive from resource addresses (`imp:<address>`; what the import adds itself, such as
 *     regions, the Internet and edges, `imp::…`; test with `isImportedId`), so a re-import (`previous`) keeps the user's
 *     positions, labels, zone kinds, sizes, own nodes/edges, waivers, manual checks and certificates,
 *     and `report.added` / `report.removed` list the changes ({ id, addresses }) to highlight.
 *
 *   layoutImported(diagram: Diagram, catalog: Catalog, engine: LayoutEngine, options?: { reimport?: boolean }): Promise<Diagram>
 *     ELK layout of the whole diagram (the layout of 整理全部 and `cli export --layout`); with
 *     `{ reimport: true }` the diagram is returned as built (the user's layout is kept). Engine:
 *     `nodeLayoutEngine` (src/node/layout-node.ts) in Node, the app's layout worker client in the browser.
 *
 * The flow in the app: detect → read (show errors, leave the open design untouched) → dialog with the
 * zone proposals → build (with the user's zone kinds; `previous` = the open design when it was made by
 * an import, i.e. has `imp:` nodes) → layout → open it as one undoable change → show the report:
 * `report.resourcesRead`, `mapped` (address → node id), `merged` (node ×quantity with its addresses),
 * `notMapped` (type, address), `edges` (edge id, from: addresses, key + params saying how it was
 * derived), `gaps` (需人工补充连线: key + params + addresses), `secretsDropped`, `warnings`.
 * Messages: `src/core/i18n/{zh,en}/import.ts` (`import.*` keys).
 */
export type {
  BuildImportOptions,
  DerivedEdgeNote,
  ImportError,
  ImportGap,
  ImportLocation,
  ImportPlan,
  ImportReport,
  ImportSource,
  ImportedResource,
  ReadInfrastructureOptions,
  ReadInfrastructureResult,
  ResourceAttrs,
  ResourceKind,
  ZoneProposal,
} from './types.ts';
export { IMPORT_SOURCES } from './types.ts';
export { detectImportSource } from './detect.ts';
export { readInfrastructure } from './read-infrastructure.ts';
export { buildImportedDiagram, type BuildImportResult } from './build.ts';
export { IMPORT_ID_PREFIX, isImportedId } from './node-ids.ts';
export { layoutImported, type LayoutImportedOptions } from './layout-imported.ts';
export { describeImportError, describeImportLocation } from './describe.ts';
export type { LayoutEngine } from '../layout/elk-json.ts';
