/**
 * How the exported drawing looks: sizes, colours and the look of each connection kind. Connection
 * kinds match the canvas (same colours) and also differ by dash pattern and arrowhead, so a filing
 * printed in greyscale can still be read.
 */
import type { EdgeKind } from '../../model/types.ts';

/** Font stack of the SVG: never linked, only named; CJK fonts first so Latin and Chinese match in height. */
export const FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Zen Hei', 'Hiragino Sans GB', sans-serif";

/** Base colours of the drawing; the report's palette (src/core/report/palette.ts) is built on them. */
export const INK = '#1f2937';
export const MUTED = '#4b5563';
export const FAINT = '#9ca3af';
export const PAPER = '#ffffff';
export const RULE_LINE = '#374151';
export const ERROR_COLOR = '#c92a2a';
export const WARNING_COLOR = '#e67700';

export type Arrowhead = 'filled' | 'open' | 'hollow' | 'dot';

export interface EdgeLook {
  color: string;
  width: number;
  dash?: readonly number[];
  arrow: Arrowhead;
}

export const EDGE_LOOK: Record<EdgeKind, EdgeLook> = {
  traffic: { color: INK, width: 1.6, arrow: 'filled' },
  management: { color: '#7048e8', width: 1.6, dash: [7, 4], arrow: 'open' },
  backup: { color: '#2f9e44', width: 1.8, dash: [12, 4, 2, 4], arrow: 'hollow' },
  log: { color: '#6b7280', width: 1.6, dash: [2, 4], arrow: 'dot' },
};

/** Dash patterns of zone frames (catalog `dash`), in drawing units. */
export const ZONE_DASH: Record<'solid' | 'dashed' | 'dotted', readonly number[] | undefined> = {
  solid: undefined,
  dashed: [8, 5],
  dotted: [2, 4],
};

export const SIZES = {
  /** Space around the drawing inside its panel. */
  diagramPadding: 24,
  zoneTitle: 13,
  zoneSubtitle: 10.5,
  productName: 12,
  productLabel: 11,
  edgeLabel: 10.5,
  sheetTitle: 20,
  sheetSubtitle: 12,
  tableText: 11.5,
  legendText: 11,
};
