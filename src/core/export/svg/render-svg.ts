/**
 * A sheet painted as SVG text. Self-contained and inert by construction: icons are inlined from the
 * checked catalog (no ids, no references), arrowheads are plain paths (no <defs>, no markers), the
 * font is only named, every user string is escaped, and nothing else is ever written: no script, no
 * event attribute, no foreignObject, no href or url().
 */
import { iconBody } from '../../catalog/icon-check.ts';
import { memoByString } from '../../model/memo.ts';
import type { Sheet } from '../scene/sheet.ts';
import { fmt, type Shape } from '../scene/shapes.ts';
import { FONT_FAMILY, PAPER, RULE_LINE } from '../scene/style.ts';
import { escapeXmlAttr, escapeXmlText } from '../text/xml-escape.ts';

const ANCHOR = { start: 'start', middle: 'middle', end: 'end' } as const;

function paint(shape: { fill?: string; fillOpacity?: number; stroke?: string; strokeWidth?: number; dash?: readonly number[] }): string {
  let out = ` fill="${shape.fill ?? 'none'}"`;
  if (shape.fill !== undefined && shape.fillOpacity !== undefined && shape.fillOpacity !== 1) out += ` fill-opacity="${fmt(shape.fillOpacity)}"`;
  if (shape.stroke !== undefined) {
    out += ` stroke="${shape.stroke}" stroke-width="${fmt(shape.strokeWidth ?? 1)}"`;
    if (shape.dash) out += ` stroke-dasharray="${shape.dash.map(fmt).join(' ')}"`;
  }
  return out;
}

/** Catalog icons are 24 × 24; each is scaled into its box. */
const icon = memoByString(iconBody);

function shapeSvg(shape: Shape, out: string[]): void {
  switch (shape.kind) {
    case 'group': {
      const id = shape.id === undefined ? '' : ` data-id="${escapeXmlAttr(shape.id)}"`;
      out.push(`<g class="${shape.role}"${id}>`);
      // The full text of a label wrapped or shortened on the drawing: shown as a tooltip, read by search.
      if (shape.title !== undefined) out.push(`<title>${escapeXmlText(shape.title)}</title>`);
      for (const child of shape.children) shapeSvg(child, out);
      out.push('</g>');
      return;
    }
    case 'rect': {
      const radius = shape.radius ? ` rx="${fmt(shape.radius)}"` : '';
      out.push(`<rect x="${fmt(shape.x)}" y="${fmt(shape.y)}" width="${fmt(shape.width)}" height="${fmt(shape.height)}"${radius}${paint(shape)}/>`);
      return;
    }
    case 'path': {
      const join = shape.lineJoin && shape.stroke !== undefined ? ` stroke-linejoin="${shape.lineJoin}"` : '';
      out.push(`<path d="${shape.d}"${paint(shape)}${join}/>`);
      return;
    }
    case 'text': {
      const weight = shape.bold ? ' font-weight="bold"' : '';
      const anchor = shape.anchor === 'start' ? '' : ` text-anchor="${ANCHOR[shape.anchor]}"`;
      out.push(`<text x="${fmt(shape.x)}" y="${fmt(shape.y)}" font-size="${fmt(shape.size)}"${weight}${anchor} fill="${shape.color}">${escapeXmlText(shape.text)}</text>`);
      return;
    }
    case 'icon':
      out.push(`<g transform="translate(${fmt(shape.x)} ${fmt(shape.y)}) scale(${fmt(shape.size / 24)})" fill="none">${icon(shape.svg)}</g>`);
      return;
  }
}

export function renderSvg(sheet: Sheet, title: string): string {
  const w = fmt(sheet.width);
  const h = fmt(sheet.height);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${escapeXmlAttr(FONT_FAMILY)}" role="img">`,
    `<title>${escapeXmlText(title)}</title>`,
    `<rect width="${w}" height="${h}" fill="${PAPER}"/>`,
    `<rect x="${sheet.frameInset}" y="${sheet.frameInset}" width="${fmt(sheet.width - sheet.frameInset * 2)}" height="${fmt(sheet.height - sheet.frameInset * 2)}" fill="none" stroke="${RULE_LINE}" stroke-width="0.8"/>`,
  ];
  for (const placement of sheet.placements) {
    const scale = placement.scale === 1 ? '' : ` scale(${fmt(placement.scale)})`;
    out.push(`<g class="${placement.role}" transform="translate(${fmt(placement.x)} ${fmt(placement.y)})${scale}">`);
    for (const shape of placement.panel.shapes) shapeSvg(shape, out);
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
