/**
 * The report's colours, one set for the HTML stylesheet and the PDF writer, so the two look alike:
 * ink and rules like the drawing (the base colours are the drawing's own), one accent, and a strong and
 * a soft tone per severity and state. Severity is never shown by colour alone (every badge and status
 * also says it in words).
 */
import { ERROR_COLOR, FAINT, INK, MUTED } from '../export/scene/style.ts';
import type { ReportFigure } from './report-model.ts';

/** The colours the stylesheet refers to by name (`var(--ok-soft)`), written into it as custom properties. */
const NAMED = {
  ink: INK,
  muted: MUTED,
  faint: FAINT,
  rule: '#d1d5db',
  shade: '#f3f4f6',
  accent: '#1e3a8a',
  accentSoft: '#eef2ff',
  error: ERROR_COLOR,
  errorSoft: '#fff5f5',
  warning: '#b35c00',
  warningSoft: '#fff9db',
  info: '#1864ab',
  infoSoft: '#e7f5ff',
  ok: '#2b8a3e',
  okSoft: '#ebfbee',
  accepted: '#5f3dc4',
  acceptedSoft: '#f3f0ff',
} as const;

/** Colours of the cover's boxes and of the printed page numbers: written into the stylesheet as values. */
const BOXES = {
  /** Border of the verdict box when the design passes, and when it fails. */
  okLine: '#b2f2bb',
  errorLine: '#ffc9c9',
  /** The "design aid, not an assessment" box: border, title and text. */
  disclaimerLine: '#fcc419',
  disclaimerTitle: '#7c4a00',
  disclaimerText: '#5c3d00',
  /** Page numbers of the printed HTML report. */
  pageNumber: '#6b7280',
} as const;

export const PALETTE = { ...NAMED, ...BOXES } as const;

export type PaletteColour = keyof typeof PALETTE;

/** Colour of a control-point status or a manual item's state. */
export const STATUS_COLOUR: Record<string, PaletteColour> = {
  met: 'ok',
  notMet: 'error',
  warning: 'warning',
  info: 'info',
  waived: 'accepted',
  notApplicable: 'faint',
  notChecked: 'faint',
  confirmed: 'ok',
  open: 'warning',
};

/** Colour of each summary figure on the cover. */
export const FIGURE_COLOUR: Record<ReportFigure['id'], PaletteColour> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  waived: 'accepted',
  manual: 'ink',
};

/** The named colours as CSS custom properties (`--accent-soft: …`). */
export function paletteCss(): string {
  return Object.entries(NAMED).map(([name, value]) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`).join(' ');
}
