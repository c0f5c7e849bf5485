/**
 * The topology drawing, built from the document (never a screenshot): the parts of the sheet as
 * panels of shapes, which the SVG and PDF writers place and paint. Same input, same scene: exports
 * are deterministic (the date printed is the document's, or the one the caller passes).
 */
import type { Catalog } from '../../catalog/types.ts';
import type { Lang } from '../../model/localized.ts';
import { EDGE_KINDS, ZONE_KINDS, type Diagram, type EdgeKind, type ZoneKind } from '../../model/types.ts';
import type { CheckResult } from '../../rules/finding.ts';
import { findingMarks } from '../../rules/finding-marks.ts';
import { diagramPanel } from './diagram-panel.ts';
import { headerPanel } from './header.ts';
import { legendPanel } from './legend.ts';
import { selectDrawn } from './select.ts';
import type { Panel } from './shapes.ts';
import { titleBlockPanel } from './title-block.ts';

export interface SceneOptions {
  lang: Lang;
  /** Node and edge ids to draw (a selection); the whole diagram when absent. */
  selection?: readonly string[];
  /** Findings to mark, when `markFindings` is on. */
  check?: CheckResult;
  /** Mark open findings on the drawing (off by default: filings show the design). */
  markFindings?: boolean;
  /** Date for the title block when the document has none (e.g. today's, chosen by the caller). */
  date?: string;
}

export interface Scene {
  title: string;
  lang: Lang;
  header: Panel;
  diagram: Panel;
  legend: Panel;
  titleBlock: Panel;
}

export function buildScene(doc: Diagram, catalog: Catalog, options: SceneOptions): Scene {
  const { lang } = options;
  const drawn = selectDrawn(doc, options.selection);
  const marks = findingMarks(options.markFindings ? options.check : undefined);
  const diagram = diagramPanel(doc, drawn, catalog, lang, marks);

  const zoneKinds = new Set<ZoneKind>();
  for (const node of drawn.nodes) if (node.kind === 'zone') zoneKinds.add(node.zone);
  const edgeKinds = new Set<EdgeKind>(drawn.edges.map((e) => e.kind));
  const titleBlock = titleBlockPanel(doc.meta, lang, options.date);
  const legend = legendPanel(
    { zones: ZONE_KINDS.filter((k) => zoneKinds.has(k)), edges: EDGE_KINDS.filter((k) => edgeKinds.has(k)), findings: marks.size > 0 },
    catalog, lang, titleBlock.height,
  );
  return { title: doc.meta.title, lang, header: headerPanel(doc.meta, lang, options.selection !== undefined), diagram, legend, titleBlock };
}
