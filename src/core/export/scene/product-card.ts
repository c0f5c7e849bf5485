/**
 * A product as a card of the canvas size (160 × 60): the catalog icon in the category's colour, the
 * current catalog name (the same name as on the BOM), and the user's label, or the edition when there
 * is no label; the quantity under the icon when more than one instance. Text keeps its print size
 * (a name never shrinks below 12, so it prints at 7 pt or more) and wraps onto a second line instead;
 * what still does not fit is shortened with "…" and the card's full text goes into its title.
 */
import type { Catalog } from '../../catalog/types.ts';
import type { Rect } from '../../geometry/geometry.ts';
import type { Lang } from '../../model/localized.ts';
import type { ProductNode } from '../../model/types.ts';
import { editionName, effectiveEdition } from '../names.ts';
import { drawable } from '../text/clean-text.ts';
import { wrapLines } from '../text/measure.ts';
import { group, type Shape } from './shapes.ts';
import { INK, MUTED, PAPER, SIZES } from './style.ts';

const ICON = 26;
/** Line pitch for 2, 3 and 4 lines of text in the card's 60 units of height. */
const STEP: Record<number, number> = { 1: 17, 2: 17, 3: 14.5, 4: 12.6 };

export function productCard(node: ProductNode, rect: Rect, catalog: Catalog, lang: Lang): Shape {
  const product = catalog.product(node.product);
  const color = catalog.category(product?.category ?? '')?.color ?? MUTED;
  const shapes: Shape[] = [
    { kind: 'rect', x: rect.x, y: rect.y, width: rect.width, height: rect.height, radius: 6, fill: PAPER, stroke: color, strokeWidth: 1.3 },
  ];
  const quantity = node.quantity ?? 1;
  const iconY = quantity > 1 ? rect.y + 8 : rect.y + (rect.height - ICON) / 2;
  if (product) shapes.push({ kind: 'icon', x: rect.x + 10, y: iconY, size: ICON, svg: product.icon });
  if (quantity > 1) {
    shapes.push({ kind: 'text', x: rect.x + 10 + ICON / 2, y: rect.y + rect.height - 8, text: `×${quantity}`, size: 10.5, bold: true, color: INK, anchor: 'middle' });
  }

  const textX = rect.x + 44;
  const room = rect.x + rect.width - 7 - textX;
  const fullName = drawable(product?.name[lang] ?? node.product);
  const label = node.label !== undefined ? drawable(node.label) : '';
  const second = label !== '' ? label : (editionName(product, effectiveEdition(node, product), lang) ?? '');
  const name = wrapLines(fullName, room, SIZES.productName, 2, true);
  // The label or edition takes up to two lines more (four lines fit the card's height at 12.6 units).
  const facts = second === '' ? { lines: [], cut: false } : wrapLines(second, room, SIZES.productLabel, 2);
  const lines: [string, boolean][] = [...name.lines.map((text): [string, boolean] => [text, true]), ...facts.lines.map((text): [string, boolean] => [text, false])];
  const step = STEP[lines.length] ?? 12.6;
  const first = rect.y + rect.height / 2 - (step * (lines.length - 1)) / 2 + 4;
  lines.forEach(([text, bold], i) => {
    const size = bold ? SIZES.productName : SIZES.productLabel;
    shapes.push({ kind: 'text', x: textX, y: first + step * i, text, size, bold, color: bold ? INK : MUTED, anchor: 'start', ...(bold ? { name: true } : {}) });
  });
  const wrapped = name.lines.length > 1 || facts.lines.length > 1 || name.cut || facts.cut;
  return group('product', shapes, node.id, wrapped ? [fullName, second].filter((s) => s !== '').join(' / ') : undefined);
}
