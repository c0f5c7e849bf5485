/**
 * A filing document (系统拓扑结构及说明, 安全产品清单) as data: headings, paragraphs, tables and the
 * drawing, in order, with every text already in the filing's language. Pure, so tests read the model
 * in Node and the DOCX writer (src/export/docx) only lays it out.
 */
export type FilingBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: 'note' | 'warning' }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][]; /** relative column widths */ widths?: number[]; /** row indexes printed as warnings */ warnRows?: number[] }
  /** The topology drawing; the writer embeds the image it is given. */
  | { kind: 'drawing'; caption: string };

export interface FilingDocument {
  title: string;
  subtitle: string;
  /** Landscape pages (wide tables). */
  landscape: boolean;
  blocks: FilingBlock[];
}
