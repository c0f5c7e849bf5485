/**
 * The BOM as a Markdown document (heading, system line, table). Cell text is escaped for GFM tables
 * and HTML-encoded, so a label such as <img onerror=…> or a | stays text in every renderer.
 */
import type { Catalog } from '../catalog/types.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import { levelName, platformWithLevel } from '../export/names.ts';
import { drawable, printable } from '../export/text/clean-text.ts';
import { bomTable, type Cell } from './bom-table.ts';
import type { PricedBom } from '../prices/priced-bom.ts';
import { PRICED_COLUMNS, pricedBomTable } from './priced-table.ts';

export function escapeMarkdown(text: string): string {
  return printable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

const cell = (value: Cell): string => (typeof value === 'number' ? String(value) : escapeMarkdown(value));

/** The BOM in Markdown; with a priced BOM, the price columns, one total line per period and currency, and where the prices come from. */
export function bomMarkdown(doc: Diagram, catalog: Catalog, lang: Lang, priced?: PricedBom): string {
  const pricedTable = priced ? pricedBomTable(doc, catalog, lang, priced) : undefined;
  const table = pricedTable ?? bomTable(doc, catalog, lang);
  const numeric = new Set<number>(pricedTable ? [0, 3, PRICED_COLUMNS.unitPrice, PRICED_COLUMNS.subtotal] : [0, 3]);
  const meta = t(lang, 'bom.meta', { title: drawable(doc.meta.title), level: levelName(doc.meta.level, lang), platform: platformWithLevel(doc.meta, lang) });
  const out = [`# ${escapeMarkdown(t(lang, 'bom.heading'))}`, '', escapeMarkdown(meta), ''];
  if (table.rows.length === 0) {
    out.push(escapeMarkdown(t(lang, 'bom.empty')));
  } else {
    out.push(`| ${table.header.map(cell).join(' | ')} |`);
    // Numbers (序号, 数量) right-aligned.
    out.push(`| ${table.header.map((_, i) => (numeric.has(i) ? '---:' : '---')).join(' | ')} |`);
    for (const row of [...table.rows, ...(pricedTable?.totals ?? [])]) out.push(`| ${row.map((v) => (v === '' ? ' ' : cell(v))).join(' | ')} |`);
  }
  if (priced) {
    out.push('', escapeMarkdown(t(lang, 'prices.pricedAt', { date: priced.listDate, at: priced.date })));
    if (priced.unpriced > 0) out.push('', escapeMarkdown(t(lang, 'prices.unpricedCount', { count: priced.unpriced })));
  }
  return `${out.join('\n')}\n`;
}
