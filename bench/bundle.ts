/**
 * `npm run bench:bundle`: what a first visit downloads before the app can start, read from the built
 * `index.html` (its module script and modulepreload links, plus their static imports), and the size of
 * every chunk, raw and gzipped. Then what the first-load JavaScript is made of, by npm package and by
 * our own folder. Rendered lengths are measured before minification, so the gzipped share of each
 * group is its share of the chunk's rendered length applied to the chunk's gzipped size: an estimate,
 * good for seeing where the weight is, while the chunk totals are exact.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BundleReportChunk } from '../build/bundle-report.ts';

const root = process.cwd();
const outDir = mkdtempSync(join(tmpdir(), 'mlps-bundle-'));
const reportFile = join(outDir, 'report.json');
execFileSync('npx', ['vite', 'build', '--outDir', join(outDir, 'dist'), '--emptyOutDir'], {
  env: { ...process.env, BUNDLE_REPORT: reportFile },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const dist = join(outDir, 'dist');
const chunks = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, BundleReportChunk>;

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;

/** The module script and modulepreload links of index.html, then everything they import statically. */
function firstLoad(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const preload = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of chunks[file]?.imports ?? []) visit(next);
  };
  for (const file of [...entry, ...preload]) visit(file);
  return [...seen];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(dist, path)];
  });
}

/** `pkg:react-dom` for a dependency, `src/ui/canvas` for our own code. */
function group(id: string): string {
  const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return `pkg:${pkg[1]}`;
  const rel = relative(root, id.replace(/\?.*$/, ''));
  const parts = rel.split('/');
  return parts[0] === 'src' ? parts.slice(0, 3).join('/') : parts[0]!;
}

const initial = firstLoad();
const js = files(dist).filter((f) => f.endsWith('.js')).sort();
console.log('chunk'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10), ' first load');
let firstRaw = 0;
let firstGz = 0;
for (const file of js) {
  const raw = statSync(join(dist, file)).size;
  const zipped = gz(file);
  const isFirst = initial.includes(file);
  if (isFirst) {
    firstRaw += raw;
    firstGz += zipped;
  }
  console.log(file.padEnd(52), kb(raw).padStart(10), kb(zipped).padStart(10), isFirst ? ' yes' : '');
}
console.log(`\nfirst-load JavaScript (${initial.length} files): ${kb(firstRaw)} raw, ${kb(firstGz)} gzipped`);

const share = new Map<string, number>();
for (const file of initial) {
  const modules = chunks[file]?.modules ?? {};
  const total = Object.values(modules).reduce((a, b) => a + b, 0) || 1;
  const zipped = gz(file);
  for (const [id, length] of Object.entries(modules)) {
    const key = group(id);
    share.set(key, (share.get(key) ?? 0) + (zipped * length) / total);
  }
}
console.log('\nfirst load by package and folder (gzipped, estimated):');
for (const [key, size] of [...share].sort((a, b) => b[1] - a[1])) {
  if (size >= 512) console.log(`  ${key.padEnd(40)} ${kb(size).padStart(10)}`);
}
