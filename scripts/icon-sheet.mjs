#!/usr/bin/env node
// Icon contact sheet + validator for catalog/icons.
//
//   node scripts/icon-sheet.mjs [outDir] [--scale=N] [--no-shot]
//
// 1. Checks the icon of every product and zone kind the catalog names (catalog/products/*.json,
//    catalog/zones.json), and that catalog/icons holds no other file: first with the app's own
//    markup rules (src/core/catalog/icon-check.ts: root element, element and attribute whitelist,
//    size), then with the icon family's: a product's colours are ink, white and its category's colour
//    (catalog/categories.json), a zone's ink and neutral grey; stroke weights, 6-digit hex, the 2 px
//    safe margin.
// 2. Writes an HTML contact sheet (24/48/96 px, colour and greyscale, plus the
//    true 24 px raster magnified) to outDir (default /tmp/icon-sheet).
// 3. Screenshots it to PNG with Chromium and prints the PNG path.
// Exits non-zero if any file violates the rules.

import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATALOG_DIR = join(ROOT, 'catalog');
const ICON_DIR = join(CATALOG_DIR, 'icons');
/** The app's rules for icon markup, the same the catalog builder applies. */
const { checkIcon, iconBody } = await tsImport('../src/core/catalog/icon-check.ts', import.meta.url);

const args = process.argv.slice(2);
const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? '/tmp/icon-sheet');
const scaleArg = args.find((a) => a.startsWith('--scale='));
const scale = scaleArg ? Number(scaleArg.slice(8)) || 1 : 1;
const noShot = args.includes('--no-shot');

// ---------------------------------------------------------------- rules

// The icon family's colours besides each category's own.
const INK = '#1f2937';
const WHITE = '#ffffff';
const ZONE_NEUTRAL = '#868e96';

const catalogJson = (...path) => JSON.parse(readFileSync(join(CATALOG_DIR, ...path), 'utf8'));

/** icon file name -> what it draws and its allowed colours, from the catalog: products by category, then zones. */
const EXPECTED = new Map();
const problems = [];
{
  const categories = catalogJson('categories.json');
  const products = readdirSync(join(CATALOG_DIR, 'products'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...catalogJson('products', f) }));
  for (const p of products) {
    if (!categories.some((c) => c.id === p.category)) problems.push(`products/${p.file}: unknown category "${p.category}"`);
  }
  for (const category of categories) {
    for (const p of products.filter((q) => q.category === category.id)) {
      EXPECTED.set(p.icon, { of: `product ${p.id}`, colours: new Set([INK, WHITE, category.color]) });
    }
  }
  for (const zone of catalogJson('zones.json')) {
    EXPECTED.set(zone.icon, { of: `zone kind ${zone.id}`, colours: new Set([INK, ZONE_NEUTRAL]) });
  }
}

const ELEMENTS_DRAWN = new Set(['path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon']);
const SAFE_MIN = 2;
const SAFE_MAX = 22;
const STROKE_MIN = 1.25;
const STROKE_MAX = 2;

const NUM = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
const nums = (s) => (s.match(NUM) ?? []).map(Number);

/** Points along a path's outline (curves and arcs sampled), for the safe-area check. */
function pathPoints(d) {
  const pts = [];
  const toks = d.match(/[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  let i = 0, cmd = '', x = 0, y = 0, sx = 0, sy = 0, lcx = 0, lcy = 0, prev = '';
  const n = () => Number(toks[i++]);
  const bez = (p) => {
    // p: control polygon [[x,y],...] (quadratic or cubic); sample it
    for (let k = 1; k <= 8; k++) {
      const t = k / 8;
      let q = p;
      while (q.length > 1) q = q.slice(1).map((b, j) => [q[j][0] + (b[0] - q[j][0]) * t, q[j][1] + (b[1] - q[j][1]) * t]);
      pts.push(q[0]);
    }
  };
  while (i < toks.length) {
    if (/[a-zA-Z]/.test(toks[i])) cmd = toks[i++];
    else if (!cmd) { i++; continue; }
    const rel = cmd === cmd.toLowerCase();
    const C = cmd.toUpperCase();
    if (C === 'Z') { x = sx; y = sy; prev = C; continue; }
    const ox = rel ? x : 0, oy = rel ? y : 0;
    const x0 = x, y0 = y;
    if (C === 'M' || C === 'L') {
      x = ox + n(); y = oy + n(); pts.push([x, y]);
      if (C === 'M') { sx = x; sy = y; cmd = rel ? 'l' : 'L'; }
    } else if (C === 'H') { x = ox + n(); pts.push([x, y]); }
    else if (C === 'V') { y = oy + n(); pts.push([x, y]); }
    else if (C === 'C' || C === 'S') {
      const c1 = C === 'C' ? [ox + n(), oy + n()] : (prev === 'C' || prev === 'S') ? [2 * x0 - lcx, 2 * y0 - lcy] : [x0, y0];
      const c2 = [ox + n(), oy + n()];
      x = ox + n(); y = oy + n();
      bez([[x0, y0], c1, c2, [x, y]]);
      [lcx, lcy] = c2;
    } else if (C === 'Q' || C === 'T') {
      const c1 = C === 'Q' ? [ox + n(), oy + n()] : (prev === 'Q' || prev === 'T') ? [2 * x0 - lcx, 2 * y0 - lcy] : [x0, y0];
      x = ox + n(); y = oy + n();
      bez([[x0, y0], c1, [x, y]]);
      [lcx, lcy] = c1;
    } else if (C === 'A') {
      let rx = Math.abs(n()), ry = Math.abs(n());
      const phi = (n() * Math.PI) / 180, fa = n(), fs = n();
      x = ox + n(); y = oy + n();
      // endpoint -> centre parameterisation (SVG spec F.6.5)
      const cp = Math.cos(phi), sp = Math.sin(phi);
      const dx = (x0 - x) / 2, dy = (y0 - y) / 2;
      const x1 = cp * dx + sp * dy, y1 = -sp * dx + cp * dy;
      const lam = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
      if (lam > 1) { rx *= Math.sqrt(lam); ry *= Math.sqrt(lam); }
      const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
      const co = (fa === fs ? -1 : 1) * Math.sqrt(Math.max(0, num / (rx * rx * y1 * y1 + ry * ry * x1 * x1 || 1)));
      const cxp = (co * rx * y1) / ry, cyp = (-co * ry * x1) / rx;
      const cx = cp * cxp - sp * cyp + (x0 + x) / 2, cy = sp * cxp + cp * cyp + (y0 + y) / 2;
      const ang = (ux, uy, vx, vy) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
      const t1 = ang(1, 0, (x1 - cxp) / rx, (y1 - cyp) / ry);
      let dt = ang((x1 - cxp) / rx, (y1 - cyp) / ry, (-x1 - cxp) / rx, (-y1 - cyp) / ry);
      if (!fs && dt > 0) dt -= 2 * Math.PI;
      if (fs && dt < 0) dt += 2 * Math.PI;
      for (let k = 1; k <= 12; k++) {
        const t = t1 + (dt * k) / 12;
        pts.push([cx + rx * Math.cos(t) * cp - ry * Math.sin(t) * sp, cy + rx * Math.cos(t) * sp + ry * Math.sin(t) * cp]);
      }
    } else { i++; }
    prev = C;
  }
  return pts;
}

function parseTransform(t) {
  // supports translate(), scale(), rotate(a cx cy) composed left to right; returns point mapper
  if (!t) return (p) => p;
  const ops = [...t.matchAll(/(translate|scale|rotate|matrix)\s*\(([^)]*)\)/g)].map((m) => [m[1], nums(m[2])]);
  return ([px, py]) => {
    let p = [px, py];
    for (let k = ops.length - 1; k >= 0; k--) {
      const [op, a] = ops[k];
      if (op === 'translate') p = [p[0] + a[0], p[1] + (a[1] ?? 0)];
      else if (op === 'scale') p = [p[0] * a[0], p[1] * (a[1] ?? a[0])];
      else if (op === 'rotate') {
        const r = (a[0] * Math.PI) / 180, cx = a[1] ?? 0, cy = a[2] ?? 0;
        const dx = p[0] - cx, dy = p[1] - cy;
        p = [cx + dx * Math.cos(r) - dy * Math.sin(r), cy + dx * Math.sin(r) + dy * Math.cos(r)];
      } else if (op === 'matrix') {
        p = [a[0] * p[0] + a[2] * p[1] + a[4], a[1] * p[0] + a[3] * p[1] + a[5]];
      }
    }
    return p;
  };
}

function geometryPoints(name, a) {
  const g = (k) => Number(a[k] ?? 0);
  switch (name) {
    case 'circle':
    case 'ellipse': {
      const rx = name === 'circle' ? g('r') : g('rx'), ry = name === 'circle' ? g('r') : g('ry');
      return Array.from({ length: 24 }, (_, k) => [
        g('cx') + rx * Math.cos((k * Math.PI) / 12), g('cy') + ry * Math.sin((k * Math.PI) / 12),
      ]);
    }
    case 'rect': return [[g('x'), g('y')], [g('x') + g('width'), g('y') + g('height')]];
    case 'line': return [[g('x1'), g('y1')], [g('x2'), g('y2')]];
    case 'polyline':
    case 'polygon': {
      const v = nums(a.points ?? '');
      const out = [];
      for (let k = 0; k + 1 < v.length; k += 2) out.push([v[k], v[k + 1]]);
      return out;
    }
    case 'path': return pathPoints(a.d ?? '');
    default: return [];
  }
}

function validate(text, allowed) {
  const bytes = Buffer.byteLength(text, 'utf8');
  // The app's rules first: markup it would refuse is not worth a closer look.
  const errors = checkIcon(text);
  const warnings = [];
  if (text.charCodeAt(0) === 0xfeff) errors.push('has a byte-order mark');
  if (errors.length) return { errors, warnings, bytes };

  const body = iconBody(text);
  const tagRe = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=>\/]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
  const inherited = [{ stroke: null, fill: 'none', strokeWidth: null, transform: null }];
  let m;
  let shapes = 0;
  const marginHits = [];
  while ((m = tagRe.exec(body))) {
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      inherited.pop();
      continue;
    }
    const attrs = {};
    const attrRe = /([^\s=>\/]+)\s*=\s*"([^"]*)"/g;
    let am;
    while ((am = attrRe.exec(attrText))) {
      const [, k, v] = am;
      if (k in attrs) errors.push(`<${name}> duplicate attribute ${k}`);
      attrs[k] = v;
      if (k === 'fill' || k === 'stroke') {
        if (v !== 'none' && !allowed.has(v)) errors.push(`<${name}> ${k}="${v}" not in palette {${[...allowed].join(', ')}}`);
      }
      if (k === 'stroke-width') {
        const w = Number(v);
        if (!(w >= STROKE_MIN && w <= STROKE_MAX)) errors.push(`<${name}> stroke-width ${v} outside ${STROKE_MIN}..${STROKE_MAX}`);
      }
      if ((k === 'opacity' || k === 'fill-opacity') && !(Number(v) >= 0 && Number(v) <= 1)) errors.push(`<${name}> ${k}="${v}" invalid`);
      if (k === 'stroke-linecap' && v !== 'round') warnings.push(`<${name}> stroke-linecap="${v}" (family uses round)`);
      if (k === 'stroke-linejoin' && v !== 'round') warnings.push(`<${name}> stroke-linejoin="${v}" (family uses round)`);
    }
    if (/#[0-9a-fA-F]{3,8}\b/.test(attrText.replace(/(fill|stroke)="#[0-9a-f]{6}"/g, ''))) {
      errors.push(`<${name}> colour literal outside fill/stroke`);
    }
    for (const c of attrText.match(/#[0-9A-Fa-f]+\b/g) ?? []) {
      if (c !== c.toLowerCase() || c.length !== 7) errors.push(`<${name}> colour ${c} must be 6-digit lowercase hex`);
    }
    const parent = inherited[inherited.length - 1];
    const ctx = {
      stroke: attrs.stroke ?? parent.stroke,
      fill: attrs.fill ?? parent.fill,
      strokeWidth: attrs['stroke-width'] ?? parent.strokeWidth,
      transform: [parent.transform, attrs.transform].filter(Boolean).join(' ') || null,
    };
    if (ELEMENTS_DRAWN.has(name)) {
      shapes++;
      if (ctx.stroke && ctx.stroke !== 'none' && !ctx.strokeWidth) {
        warnings.push(`<${name}> stroked without explicit stroke-width (defaults to 1)`);
      }
      const map = parseTransform(ctx.transform);
      for (const p of geometryPoints(name, attrs).map(map)) {
        if (p.some((c) => c < SAFE_MIN - 0.01 || c > SAFE_MAX + 0.01)) {
          marginHits.push(`<${name}> point (${p.map((c) => +c.toFixed(2)).join(',')})`);
        }
      }
    }
    if (selfClosing) continue;
    inherited.push(ctx);
  }
  if (!shapes) errors.push('no drawable elements');
  if (marginHits.length) warnings.push(`outside ${SAFE_MIN}..${SAFE_MAX} safe area: ${marginHits.slice(0, 3).join('; ')}`);
  return { errors, warnings, bytes };
}

// ---------------------------------------------------------------- run

const files = readdirSync(ICON_DIR).filter((f) => f.endsWith('.svg')).sort();
const warned = [];
const icons = [];
for (const f of files) {
  const name = f.slice(0, -4);
  const text = readFileSync(join(ICON_DIR, f), 'utf8');
  const expected = EXPECTED.get(f);
  if (!expected) {
    problems.push(`${f}: unexpected file (no product or zone kind in the catalog names it)`);
    continue;
  }
  const { errors, warnings, bytes } = validate(text, expected.colours);
  for (const e of errors) problems.push(`${f}: ${e}`);
  for (const w of warnings) warned.push(`${f}: ${w}`);
  icons.push({ file: f, name, text, bytes });
}
for (const [file, { of }] of EXPECTED) {
  if (!files.includes(file)) problems.push(`${file}: missing (the icon of ${of})`);
}

// order: products by category, then zones
const order = [...EXPECTED.keys()];
icons.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const uri = (svg) => 'data:image/svg+xml;utf8,' + encodeURIComponent(svg);
const cell = (ic) => `
  <figure>
    <div class="row">${[24, 48, 96].map((s) => `<img src="${uri(ic.text)}" width="${s}" height="${s}" alt="">`).join('')}</div>
    <div class="row grey">${[24, 48, 96].map((s) => `<img src="${uri(ic.text)}" width="${s}" height="${s}" alt="">`).join('')}</div>
    <figcaption>${esc(ic.name)}.svg <span>${ic.bytes} B</span></figcaption>
  </figure>`;
const strip = (list, grey) =>
  `<div class="strip${grey ? ' grey' : ''}">${list
    .map((ic) => `<div class="s"><img src="${uri(ic.text)}" width="24" height="24" alt="" title="${esc(ic.name)}"><i>${esc(ic.name)}</i></div>`)
    .join('')}</div>`;
const pixel = (list) =>
  `<div class="strip">${list
    .map((ic) => `<div class="s"><canvas data-src="${uri(ic.text)}" width="24" height="24"></canvas><canvas class="g" data-src="${uri(ic.text)}" width="24" height="24"></canvas><i>${esc(ic.name)}</i></div>`)
    .join('')}</div>`;

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>MLPS Designer icons</title>
<style>
  body { margin: 24px; font: 12px/1.3 system-ui, sans-serif; color: #1f2937; background: #fff; }
  h1 { font-size: 18px; margin: 0 0 4px; } h2 { font-size: 14px; margin: 24px 0 8px; }
  .grid { display: grid; grid-template-columns: repeat(6, 212px); gap: 10px; }
  figure { margin: 0; padding: 8px; border: 1px solid #e5e7eb; border-radius: 6px; }
  .row { display: flex; align-items: flex-end; gap: 10px; margin-bottom: 6px; }
  .grey img, .grey canvas, canvas.g { filter: grayscale(1); }
  figcaption { font-family: ui-monospace, monospace; font-size: 11px; } figcaption span { color: #9ca3af; }
  .strip { display: flex; flex-wrap: wrap; gap: 6px; }
  .s { width: 96px; display: flex; flex-direction: column; align-items: center; gap: 2px; padding: 4px 0; }
  .s i { font-style: normal; font-size: 10px; font-family: ui-monospace, monospace; }
  canvas { width: 72px; height: 72px; image-rendering: pixelated; border: 1px solid #f1f3f5; }
  .s canvas + canvas { margin-top: 2px; }
  .ok { color: #2f9e44; } .bad { color: #c92a2a; }
</style></head><body>
<h1>MLPS Designer icon set <small>(${icons.length} files)</small></h1>
<div class="${problems.length ? 'bad' : 'ok'}">${problems.length ? esc(problems.join(' | ')) : 'all files valid'}</div>
<h2>24 px (palette size), colour</h2>
${strip(icons, false)}
<h2>24 px, greyscale</h2>
${strip(icons, true)}
<h2>True 24 px raster, magnified 3× (colour, then greyscale)</h2>
${pixel(icons)}
<h2>24 / 48 / 96 px</h2>
<div class="grid">${icons.map(cell).join('')}</div>
<script>
  const loads = [...document.querySelectorAll('canvas[data-src]')].map((c) => new Promise((ok) => {
    const img = new Image();
    img.onload = () => { c.getContext('2d').drawImage(img, 0, 0, 24, 24); ok(); };
    img.onerror = ok;
    img.src = c.dataset.src;
  }));
  Promise.all(loads).then(() => { document.body.dataset.ready = '1'; });
</script>
</body></html>`;

mkdirSync(outDir, { recursive: true });
const htmlPath = join(outDir, 'icon-sheet.html');
writeFileSync(htmlPath, html);

for (const w of warned) console.warn('warning: ' + w);
if (problems.length) {
  console.error(`\n${problems.length} violation(s):`);
  for (const p of problems) console.error('  ' + p);
} else {
  console.log(`validated ${icons.length} icons: OK`);
}
console.log(htmlPath);

if (!noShot) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: scale });
    await page.goto('file://' + htmlPath);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });
    const pngPath = join(outDir, scale === 1 ? 'icon-sheet.png' : `icon-sheet@${scale}x.png`);
    await page.screenshot({ path: pngPath, fullPage: true });
    console.log(pngPath);
  } finally {
    await browser.close();
  }
}

process.exit(problems.length ? 1 : 0);
