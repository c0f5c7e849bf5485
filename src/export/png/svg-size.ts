/**
 * The drawing's size as its SVG root says, and the same SVG with another size: the PNG is rendered by
 * giving the <img> the SVG at the target pixel size (its viewBox unchanged), so every browser paints
 * the vectors at full resolution rather than scaling up a 1× bitmap. Only our own SVG is handled:
 * the root tag is the first `<svg` and carries `width`, `height` and `viewBox`.
 */

const ROOT = /<svg\b[^>]*>/;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

export function svgSize(svg: string): { width: number; height: number } | undefined {
  const tag = ROOT.exec(svg)?.[0];
  if (!tag) return undefined;
  const width = Number(attribute(tag, 'width'));
  const height = Number(attribute(tag, 'height'));
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width, height } : undefined;
}

export function withSvgSize(svg: string, width: number, height: number): string {
  return svg.replace(ROOT, (tag) => tag.replace(/\swidth="[^"]*"/, ` width="${width}"`).replace(/\sheight="[^"]*"/, ` height="${height}"`));
}
