/**
 * A product as a card of the canvas size (160 × 60): the catalog icon in the category's colour, the
 * current catalog name (the same name as on the BOM), and the user's label, or the edition when there
 * is no label; the quantity under the icon when more than one instance.
 */
import type { Catalog } from '../../catalog/types.ts';
import type { Rect } from '../../geometry/geometry.ts';
import type { Lang } from '../../model/localized.ts';
import type { ProductNode } from '../../model/types.ts';
import { editionName, effectiveEdition } from '../names.ts';
import { drawable } from '../text/clean-text.ts';
import { ellipsize, fitText, wrapText } from '../text/measure.ts';
import { group, type Shape } from './shapes.ts';
import { INK, MUTED, PAPER, SIZES } from './style.ts';

const ICON = 26;

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
  // A long catalog name takes two lines (the card has room for three); a short one stays whole at 12.
  const fitted = fitText(fullName, room, SIZES.productName, 10.5, true);
  const name = fitted.text === fullName ? [fullName] : wrapText(fullName, room, 11, 2, true);
  const nameSize = name.length === 1 ? fitted.size : 11;
  const lines: [string, boolean, number][] = [...name.map((text): [string, boolean, number] => [text, true, nameSize])];
  if (second !== '') lines.push([ellipsize(second, room, SIZES.productLabel), false, SIZES.productLabel]);
  const step = lines.length === 3 ? 14.5 : 17;
  const first = rect.y + rect.height / 2 - (step * (lines.length - 1)) / 2 + 4;
  lines.forEach(([text, bold, size], i) => {
    shapes.push({ kind: 'text', x: textX, y: first + step * i, text, size, bold, color: bold ? INK : MUTED, anchor: 'start' });
  });
  return group('product', shapes, node.id);
}
