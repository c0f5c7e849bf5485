/**
 * The compliance report as a PDF: A4 portrait pages of real, extractable text in the embedded CJK
 * font (the same sections as the HTML report, built from the same report model), then the topology
 * drawing on A4 as the topology PDF prints it (legible, spread over several sheets when needed). Every text page carries
 * the system's name, the "not an assessment" reminder and its page number in the footer.
 */
import type { Catalog } from '../../../core/catalog/types.ts';
import { buildScene, type SceneOptions } from '../../../core/export/scene/scene.ts';
import { planPrint } from '../../../core/export/scene/print-plan.ts';
import { t } from '../../../core/i18n/translate.ts';
import type { Diagram } from '../../../core/model/types.ts';
import { PALETTE } from '../../../core/report/palette.ts';
import { buildComplianceReport, reportSceneOptions, type ComplianceReport, type ReportOptions, type ReportSection } from '../../../core/report/report-model.ts';
import type { CheckResult } from '../../../core/rules/finding.ts';
import { paintPlan } from '../export-pdf.ts';
import { finishPdf, newPdf } from '../pdf-document.ts';
import { colour } from '../pdf-ink.ts';
import { drawImport } from './report-pdf-import.ts';
import { PdfFlow } from './pdf-flow.ts';
import { drawCover, drawHeading } from './report-pdf-cover.ts';
import { drawBom, drawControls, drawFindings, drawManual, drawReadiness, drawWaivers } from './report-pdf-sections.ts';

export interface ReportPdfOptions extends SceneOptions, Pick<ReportOptions, 'imported'> {
  /** The CJK font (TrueType), e.g. Noto Sans SC Regular. */
  font: Uint8Array;
}

const TEXT_SECTIONS: Record<Exclude<ReportSection, 'topology'>, (flow: PdfFlow, report: ComplianceReport) => void> = {
  readiness: drawReadiness,
  findings: drawFindings,
  waivers: drawWaivers,
  manual: drawManual,
  controls: drawControls,
  bom: drawBom,
  imported: drawImport,
};

/** Sections that start on a page of their own (as in the printed HTML). */
const NEW_PAGE: ReadonlySet<ReportSection> = new Set(['readiness', 'controls']);

function footers(flow: PdfFlow, report: ComplianceReport, total: number): void {
  const footer = t(report.lang, 'report.footer', { title: report.title });
  const size = 7.5;
  flow.pages.forEach((page, i) => {
    const y = 30; // pdf-lib's y is bottom-up: the footer sits in the bottom margin
    const pageText = t(report.lang, 'report.page', { page: i + 1, pages: total });
    const pageWidth = flow.textWidth(pageText, size);
    const ink = { size, font: flow.font, color: colour(PALETTE.muted) };
    page.drawLine({ start: { x: flow.left, y: y + 12 }, end: { x: flow.left + flow.width, y: y + 12 }, thickness: 0.5, color: colour(PALETTE.rule) });
    page.drawText(flow.fit(footer, flow.width - pageWidth - 16, size), { x: flow.left, y, ...ink });
    page.drawText(pageText, { x: flow.left + flow.width - pageWidth, y, ...ink });
  });
}

export async function exportReportPdf(doc: Diagram, catalog: Catalog, check: CheckResult, options: ReportPdfOptions): Promise<Uint8Array> {
  const report = buildComplianceReport(doc, catalog, check, options);
  const { font: fontBytes, ...sceneOptions } = options;
  const { pdf, font } = await newPdf(fontBytes);

  const flow = new PdfFlow(pdf, font);
  drawCover(flow, report);
  let topologyTitle = '';
  for (const { id, title } of report.sections) {
    if (id === 'topology') {
      topologyTitle = title;
      continue;
    }
    if (NEW_PAGE.has(id)) flow.newPage();
    drawHeading(flow, title);
    TEXT_SECTIONS[id](flow, report);
  }

  // The drawing on A4 as the topology PDF prints it on A4: legible (6 pt and more), so spread over
  // several sheets with a page map when it does not fit one; the section's title on its first sheet.
  const plan = planPrint(buildScene(doc, catalog, reportSceneOptions(sceneOptions, check)), 'A4');
  const first = pdf.getPageCount();
  paintPlan(pdf, font, plan);
  const drawingPage = pdf.getPage(first);
  const total = flow.pages.length + plan.pages.length;
  const heading = `${topologyTitle} · ${t(report.lang, 'report.page', { page: flow.pages.length + 1, pages: total })}`;
  drawingPage.drawText(heading, { x: drawingPage.getWidth() - 24 - flow.textWidth(heading, 8), y: drawingPage.getHeight() - 30, size: 8, font, color: colour(PALETTE.accent) });
  footers(flow, report, total);
  return finishPdf(pdf, report.title, t(report.lang, 'report.heading'), report.lang);
}
