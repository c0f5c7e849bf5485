/**
 * Icons are inlined into canvases and into every SVG and PDF export, so they must be self-contained
 * and inert: a fixed root, a small whitelist of shape elements and presentation attributes, no ids
 * (they would collide when an icon appears twice in one export), no references, no script, no styles.
 */

const ROOT = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none">';
const ELEMENTS = new Set(['g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon']);
const ATTRIBUTES = new Set([
  'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'points', 'fill', 'stroke',
  'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'fill-rule', 'opacity', 'fill-opacity', 'transform',
]);
const MAX_ICON_BYTES = 4096;

/** Problems with an icon's markup; empty when it is usable. */
export function checkIcon(svg: string): string[] {
  const problems: string[] = [];
  const body = svg.trim();
  if (body.length > MAX_ICON_BYTES) problems.push(`larger than ${MAX_ICON_BYTES} bytes`);
  if (!body.startsWith(ROOT)) problems.push(`must start with ${ROOT}`);
  if (!body.endsWith('</svg>')) problems.push('must end with </svg>');
  if (/[&]|<!|<\?|url\(|javascript:/i.test(body)) problems.push('entities, comments, declarations and url() are not allowed');
  const inner = body.slice(ROOT.length, body.length - '</svg>'.length);
  const open: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+="[^"<>]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(inner); m; m = tag.exec(inner)) {
    if (inner.slice(last, m.index).trim() !== '') problems.push(`text content is not allowed near <${m[2]}>`);
    last = tag.lastIndex;
    const [, closing, name = '', attrs = '', selfClosing] = m;
    if (!ELEMENTS.has(name)) {
      problems.push(`element <${name}> is not allowed`);
      continue;
    }
    if (closing) {
      if (open.pop() !== name) problems.push(`unbalanced </${name}>`);
      continue;
    }
    for (const a of attrs.matchAll(/([^\s=]+)="([^"]*)"/g)) {
      if (!ATTRIBUTES.has(a[1]!)) problems.push(`attribute ${a[1]} on <${name}> is not allowed`);
    }
    if (!selfClosing) open.push(name);
  }
  if (inner.slice(last).trim() !== '') problems.push('unparsed content');
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  return problems;
}

/** The icon's inner elements, for embedding inside a `<g>` or `<svg>` of an export. */
export function iconBody(svg: string): string {
  const body = svg.trim();
  return body.slice(ROOT.length, body.length - '</svg>'.length).trim();
}
