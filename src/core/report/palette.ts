/**
 * The report's colours, one set for the HTML stylesheet and the PDF writer, so the two look alike:
 * ink and rules like the drawing, one accent, and a strong and a soft tone per severity and state.
 * Severity is never shown by colour alone (every badge and status also says it in words).
 */
export const PALETTE = {
  ink: '#1f2937',
  muted: '#4b5563',
  faint: '#9ca3af',
  rule: '#d1d5db',
  shade: '#f3f4f6',
  accent: '#1e3a8a',
  accentSoft: '#eef2ff',
  error: '#c92a2a',
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

/** The palette as CSS custom properties (`--accent-soft: …`). */
export function paletteCss(): string {
  return Object.entries(PALETTE).map(([name, value]) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`).join(' ');
}
