/**
 * The BOM as a table of printable cells, shared by CSV, Markdown and the spreadsheet: 序号, 产品,
 * 版本/规格, 数量, 单位, 用途, 部署位置, 备注. Numbers stay numbers; every text is printable (no
 * control, bidi or zero-width characters) so all formats show the same words.
 */
import type { Catalog } from '../catalog/types.ts';
import { indexOf } from '../index/diagram-index.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import { editionName, zoneTitle } from '../export/names.ts';
import { drawable } from '../export/text/clean-text.ts';
import { buildBom, type BomLine } from './bom.ts';
import { cellList, controlPoints } from './control-points.ts';

export type Cell = string | number;

export interface Table {
  header: string[];
  rows: Cell[][];
}

export function bomHeader(lang: Lang): string[] {
  return (['index', 'product', 'editionSpec', 'quantity', 'unit', 'purpose', 'location', 'remarks'] as const).map((c) => t(lang, `bom.column.${c}`));
}

export function bomTable(doc: Diagram, catalog: Catalog, lang: Lang, lines: readonly BomLine[] = buildBom(doc, catalog)): Table {
  const index = indexOf(doc);
  const rows = lines.map((line, i): Cell[] => {
    const product = catalog.product(line.product);
    const editionSpec = [editionName(product, line.edition, lang), line.spec === undefined ? undefined : drawable(line.spec)].filter((s) => s !== undefined && s !== '');
    const zones = line.zones.map((id) => index.node(id)).flatMap((zone) => (zone?.kind === 'zone' ? [drawable(zoneTitle(zone, catalog, lang))] : []));
    return [
      i + 1,
      product?.name[lang] ?? line.product,
      editionSpec.join(' / '),
      line.quantity,
      product?.unit[lang] ?? '',
      cellList(controlPoints(line.controls, doc.meta.level, lang), lang),
      cellList([...new Set(zones)], lang),
      line.billed ? '' : t(lang, 'bom.remark.free'),
    ];
  });
  return { header: bomHeader(lang), rows };
}
