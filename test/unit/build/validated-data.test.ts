/**
 * The catalog, the template index and the templates' pictures are made when the app is built (issue 15): the browser gets
 * the checked data, and a mistake fails the build (and the dev server) with every problem listed.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatedData } from '../../../build/validated-data.ts';
import { assembleCatalog } from '../../../src/core/catalog/assemble.ts';
import { loadCatalog } from '../../../src/node/catalog-fs.ts';

/** The module text the plugin gives the bundler for `id`, built from the files under `root`. */
function moduleText(root: string, id: string): { text: string; watched: string[] } {
  const plugin = validatedData();
  const watched: string[] = [];
  (plugin.configResolved as (c: { root: string }) => void)({ root });
  const resolved = (plugin.resolveId as (id: string) => string | undefined)(id);
  expect(resolved).toBe(`\0${id}`);
  const text = (plugin.load as (this: unknown, id: string) => string).call({ addWatchFile: (f: string) => watched.push(f) }, resolved!);
  return { text, watched };
}

/** What the bundled module exports. */
function exported(text: string): unknown {
  const match = /^export default JSON\.parse\((".*")\);$/.exec(text);
  expect(match).not.toBeNull();
  return JSON.parse(JSON.parse(match![1]!) as string);
}

function copyOfRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'mlps-validated-'));
  cpSync('catalog', join(root, 'catalog'), { recursive: true });
  cpSync('templates', join(root, 'templates'), { recursive: true });
  return root;
}

describe('data validated at build time', () => {
  it('bundles the catalog the CLI builds, in the same order, and watches every file it came from', () => {
    const { text, watched } = moduleText(process.cwd(), 'virtual:mlps/catalog');
    const bundled = assembleCatalog(exported(text) as Parameters<typeof assembleCatalog>[0]);
    const cli = loadCatalog();
    expect(bundled.products.map((p) => p.id)).toEqual(cli.products.map((p) => p.id));
    expect(bundled.products).toEqual(cli.products);
    expect(bundled.zones).toEqual(cli.zones);
    expect(bundled.product('waf')?.icon).toMatch(/^<svg/);
    expect([...bundled.withRole('database')]).toEqual([...cli.withRole('database')]);
    expect(watched.some((f) => f.endsWith(join('catalog', 'products', 'waf.json')))).toBe(true);
    expect(watched.some((f) => f.endsWith(join('catalog', 'icons', 'waf.svg')))).toBe(true);
  });

  it('fails the build on a catalog mistake, naming the file and the field', () => {
    const root = copyOfRepo();
    const file = join(root, 'catalog', 'products', 'waf.json');
    const product = JSON.parse(readFileSync(file, 'utf8')) as { name: { zh: string } };
    product.name.zh = '';
    writeFileSync(file, JSON.stringify(product));
    expect(() => moduleText(root, 'virtual:mlps/catalog')).toThrow(/products\/waf\.json.*name\.zh/);
  });

  it('bundles the template index checked, and fails on a malformed one', () => {
    const index = exported(moduleText(process.cwd(), 'virtual:mlps/template-index').text) as { id: string }[];
    expect(index.map((t) => t.id)).toEqual((JSON.parse(readFileSync('templates/index.json', 'utf8')) as { id: string }[]).map((t) => t.id));
    const root = copyOfRepo();
    writeFileSync(join(root, 'templates', 'index.json'), JSON.stringify([{ id: 'Bad Id', file: 'x.mlps.json' }]));
    expect(() => moduleText(root, 'virtual:mlps/template-index')).toThrow();
  });

  it("draws each template's gallery picture, watches the template files, and fails on a template that does not read", () => {
    const { text, watched } = moduleText(process.cwd(), 'virtual:mlps/template-previews');
    const previews = exported(text) as Record<string, { zones: unknown[]; products: unknown[] } | null>;
    const ids = (JSON.parse(readFileSync('templates/index.json', 'utf8')) as { id: string; file: string }[]).map((t) => t.id);
    expect(Object.keys(previews)).toEqual(ids);
    for (const id of ids) expect(previews[id]!.zones.length).toBeGreaterThan(0);
    expect(watched.some((f) => f.endsWith(join('templates', 'l3-basic.mlps.json')))).toBe(true);
    expect(watched.some((f) => f.endsWith(join('catalog', 'zones.json')))).toBe(true);
    const root = copyOfRepo();
    writeFileSync(join(root, 'templates', 'l3-basic.mlps.json'), '{"format": "mlps-designer"}');
    expect(() => moduleText(root, 'virtual:mlps/template-previews')).toThrow(/templates\/l3-basic\.mlps\.json is not a valid diagram/);
  });

  it('leaves every other module to the bundler', () => {
    const plugin = validatedData();
    expect((plugin.resolveId as (id: string) => unknown)('virtual:other')).toBeUndefined();
    expect((plugin.load as (this: unknown, id: string) => unknown).call({}, '/src/main.tsx')).toBeUndefined();
  });
});
