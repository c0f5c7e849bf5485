/**
 * The size an edge's label will take on the drawing ("HTTPS:443" with a padlock, a second line for the
 * user's label), estimated with the exports' own text metrics. ELK reserves room for it between the
 * columns, so labels do not land on products.
 */
import { edgeLabelLines } from '../export/scene/edge-layer.ts';
import { SIZES } from '../export/scene/style.ts';
import { textWidth } from '../export/text/measure.ts';
import { isEncrypted } from '../model/encryption.ts';
import type { DiagramEdge, DiagramNode } from '../model/types.ts';

const LOCK = 12;
const LINE = 13;
const PAD = 6;

export function edgeLabelSize(edge: DiagramEdge, target: DiagramNode | undefined): { width: number; height: number } | undefined {
  const lines = edgeLabelLines(edge, 'zh').filter((line) => line !== '');
  const encrypted = isEncrypted(edge, target);
  if (lines.length === 0 && !encrypted) return undefined;
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, SIZES.edgeLabel)));
  return { width: Math.ceil(widest + (encrypted ? LOCK : 0) + PAD * 2), height: Math.max(1, lines.length) * LINE + PAD };
}
