/**
 * A product's text in draw.io: the catalog name (with the quantity) and the user's label or the
 * edition, broken into lines and sized so that every line fits the 160 × 60 frame beside the icon.
 * draw.io draws plain-text labels (html=0) without wrapping them, so the lines are ours, measured
 * with the drawing's text metrics; one type size holds for the whole cell. A label that only
 * repeats the product's name is printed once.
 */
import type { Catalog } from '../../catalog/types.ts';
import { PRODUCT_SIZE } from '../../geometry/geometry.ts';
import type { Lang } from '../../model/localized.ts';
import type { ProductNode } from '../../model/types.ts';
import { editionName, effectiveEdition } from '../names.ts';
import { drawable } from '../text/clean-text.ts';
import { wrapText } from '../text/measure.ts';

/**
 * The card's text spacing as draw.io styles it (each side also gets `spacing`): the text starts after
 * the icon and keeps a small margin on the right, as in the SVG card (109 wide, 56 high).
 */
export const PRODUCT_TEXT = { spacing: 2, spacingLeft: 42, spacingRight: 5, spacingTop: 0, spacingBottom: 0 } as const;
/** draw.io's line height for plain text, in font sizes (mxConstants.LINE_HEIGHT). */
export const LINE_HEIGHT = 1.2;
const SIZES = [12, 11.5, 11, 10.5, 10, 9.5, 9] as const;
const SMALLEST = 9;

export interface ProductText {
  lines: string[];
  fontSize: number;
}

/**
 * The name (with the quantity) and the second line's text, before fitting. A label that repeats the
 * name counts as none; one that starts with it ("云安全中心 防病毒版") is printed instead of the name.
 */
export function productWords(node: ProductNode, catalog: Catalog, lang: Lang): { name: string; second: string } {
  const product = catalog.product(node.product);
  const name = drawable(product?.name[lang] ?? node.product);
  // drawable() folds whitespace and trims, so a label of spaces is ''.
  const label = node.label !== undefined ? drawable(node.label) : '';
  const quantity = (node.quantity ?? 1) > 1 ? ` ×${node.quantity}` : '';
  // (An empty label never gets here: '' starts with no name but the empty one, which it equals.)
  if (label !== name && label.startsWith(name)) return { name: `${label}${quantity}`, second: '' };
  const second = label !== '' && label !== name ? label : (editionName(product, effectiveEdition(node, product), lang) ?? '');
  return { name: `${name}${quantity}`, second: second === name ? '' : second };
}

/** The largest size at which name and second line fit whole; at the smallest, what fits, ending in "…". */
export function productText(node: ProductNode, catalog: Catalog, lang: Lang): ProductText {
  const { name, second } = productWords(node, catalog, lang);
  const room = PRODUCT_SIZE.width - PRODUCT_TEXT.spacingLeft - PRODUCT_TEXT.spacingRight - 2 * PRODUCT_TEXT.spacing;
  // Stryker disable next-line ArithmeticOperator: spacingTop and spacingBottom are both 0, so their sum is their difference
  const margins = PRODUCT_TEXT.spacingTop + PRODUCT_TEXT.spacingBottom;
  const tall = PRODUCT_SIZE.height - (margins + 2 * PRODUCT_TEXT.spacing);
  // wrapText gives no line for '' (an absent second line takes no room).
  const wrap = (text: string, size: number, maxLines: number) => wrapText(text, room, size, maxLines);
  for (const size of SIZES) {
    const capacity = Math.floor(tall / (size * LINE_HEIGHT));
    const lines = [...wrap(name, size, capacity), ...wrap(second, size, capacity)];
    if (lines.length <= capacity && !lines.some((line) => line.endsWith('…'))) return { lines, fontSize: size };
  }
  const size = SMALLEST;
  const capacity = Math.floor(tall / (size * LINE_HEIGHT));
  const nameLines = wrap(name, size, second === '' ? capacity : capacity - 1);
  return { lines: [...nameLines, ...wrap(second, size, capacity - nameLines.length)], fontSize: size };
}
