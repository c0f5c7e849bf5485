/**
 * Import of an existing system (issue 13): Terraform `terraform show -json` output (state or plan) and
 * ROS templates (JSON or YAML) → a diagram in 等保 zones, plus an import report. Pure core: no DOM, no
 * file system, no layout engine of its own.
 *
 * The flow, the same in the app and in the CLI:
 *
 *   const source = detectImportSource(text);              // 'terraform' | 'ros' | null, by content
 *   const read = readInfrastructure(text, { from?, fileName? });
 *   if (!read.ok) → show read.errors (message keys + params + location), leave the open design alone
 *   read.plan.zoneProposals                               // one per vSwitch: kind + reason (key, params)
 *   // the import dialog lets the user confirm or change the kind per vSwitch, then:
 *   const { diagram, report } = buildImportedDiagram(read.plan, catalog, { zoneKinds, level, title, platform, previous });
 *   const laidOut = await layoutImported(diagram, catalog, engine, { reimport: previous !== undefined });
 *
 * - `buildImportedDiagram` places nodes roughly (inside their parents, not overlapping) and its result
 *   already passes the reader's validation; `layoutImported` lays a first import out with ELK (the
 *   whole-diagram layout of 整理全部); on a re-import it keeps the user's layout as the builder left it
 *   (existing nodes in place, additions at free spots of their zones).
 *   In Node pass `nodeLayoutEngine` (src/node/layout-node.ts); in the browser the app's layout client.
 * - Node ids of imported things start with `IMPORT_ID_PREFIX` (`imp:`) and are derived from resource
 *   addresses, so a re-import finds them again; anything else in `previous` is the user's and is kept.
 * - Secrets (passwords, `sensitive_values`, access keys, user data, connection strings, private keys)
 *   are removed while reading: nothing later ever sees them.
 * - Messages: `src/core/i18n/{zh,en}/import.ts` (`import.*` keys).
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
