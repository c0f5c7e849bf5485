/**
 * The reference templates (templates/): each is a valid, canonical diagram file as our own layout
 * left it (laying it out again changes nothing), drawn cleanly, with no open error at its level, and
 * described truthfully by templates/index.json. Starting from one gives fresh ids and the user's title.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramBytes, validateDiagram } from '../../../src/core/format/read.ts';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { indexOf } from '../../../src/core/index/diagram-index.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { instantiateTemplate } from '../../../src/core/templates/instantiate.ts';
import { parseTemplateIndex } from '../../../src/core/templates/template-index.ts';
import { layoutInNode } from '../../../src/node/layout-node.ts';
import { catalog } from '../../support/catalog.ts';
import { layoutProblems } from '../layout/layout-checks.ts';

const DIR = new URL('../../../templates/', import.meta.url);
const index = parseTemplateIndex(JSON.parse(readFileSync(new URL('index.json', DIR), 'utf8')));
const text = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

function load(file: string): Diagram {
  const result = readDiagramBytes(new TextEncoder().encode(text(file)), catalog);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.error)}`);
  return result.diagram;
}

const products = (doc: Diagram) => new Set(doc.nodes.flatMap((n) => (n.kind === 'product' ? [n.product] : [])));
const openErrors = (doc: Diagram) => checkDiagram(doc, catalog).findings.filter((f) => f.severity === 'error' && !f.waived);

describe('the template index', () => {
  it('lists the five templates of issue 6, and every template file', () => {
    expect(index.map((t) => t.id)).toEqual(['l3-basic', 'l3-enhanced', 'l2-small', 'l4-finance', 'blank-zones']);
    const files = readdirSync(DIR).filter((f) => f.endsWith('.mlps.json')).sort();
    expect(index.map((t) => t.file).sort()).toEqual(files);
  });

  for (const info of index) {
    it(`describes ${info.id} truthfully (level, platform, what it includes)`, () => {
      const doc = load(info.file);
      expect(doc.meta.level).toBe(info.level);
      expect(doc.meta.platform).toBe(info.platform);
      const billed = [...products(doc)].filter((p) => catalog.category(catalog.product(p)!.category)!.external === false);
      expect([...info.includes].sort()).toEqual(billed.sort());
      expect(info.name.zh.length * info.name.en.length * info.description.zh.length * info.description.en.length).toBeGreaterThan(0);
    });
  }
});

describe.each(index)('template $id', (info) => {
  it('is a valid file in canonical form', () => {
    const doc = load(info.file);
    expect(text(info.file)).toBe(writeDiagram(doc));
  });

  it('is laid out cleanly by the auto-layout, which leaves it unchanged', async () => {
    const doc = load(info.file);
    expect(layoutProblems(doc)).toEqual([]);
    expect(writeDiagram(await layoutInNode(doc, catalog))).toBe(text(info.file));
  }, 60_000);

  it('has no open error at its level', () => {
    const doc = load(info.file);
    if (info.id !== 'blank-zones') {
      expect(openErrors(doc).map((f) => `${f.rule} ${f.targets.join(',')}`)).toEqual([]);
      return;
    }
    // Without products, the only errors are what any level-3 design still has to add (logging); the
    // zones themselves are right (regions, CIDRs, nesting), and nothing is wrong at level 2.
    expect(openErrors(doc).every((f) => f.targets.length === 0)).toBe(true);
    expect(checkDiagram(doc, catalog, { level: 2 }).summary.error).toBe(0);
  });

  it('starts a new design with fresh ids, the user title and the same structure', () => {
    const template = load(info.file);
    const doc = instantiateTemplate(template, { title: '我的系统', level: 3, date: '2026-12-01' });
    // The template's version starts the design's versions; its example organisation is not copied.
    expect(doc.meta).toEqual({ title: '我的系统', level: 3, platform: template.meta.platform, version: template.meta.version ?? 'V1.0', date: '2026-12-01' });
    expect(validateDiagram(JSON.parse(JSON.stringify(doc)), catalog).ok).toBe(true);
    const oldIds = new Set([...template.nodes, ...template.edges].map((x) => x.id));
    const newIds = [...doc.nodes, ...doc.edges].map((x) => x.id);
    expect(new Set(newIds).size).toBe(newIds.length);
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    // The same drawing under new names: node i and edge i of the copy are node i and edge i of the template.
    const to = new Map(template.nodes.map((n, i) => [n.id, doc.nodes[i]!.id]));
    template.nodes.forEach((n, i) => {
      const copy = doc.nodes[i]!;
      expect({ ...copy, id: n.id, ...(copy.parent !== undefined ? { parent: n.parent } : {}) }).toEqual(n);
      expect(copy.parent).toBe(n.parent === undefined ? undefined : to.get(n.parent));
    });
    template.edges.forEach((e, i) => {
      const copy = doc.edges[i]!;
      expect([copy.source, copy.target]).toEqual([to.get(e.source), to.get(e.target)]);
      expect({ ...copy, id: e.id, source: e.source, target: e.target }).toEqual(e);
    });
    // The template itself is untouched, and the copy checks the same at the template's level.
    expect(writeDiagram(template)).toBe(text(info.file));
    expect(checkDiagram(instantiateTemplate(template, { title: 'x' }), catalog).summary.error).toBe(checkDiagram(template, catalog).summary.error);
  });
});

describe('what each template holds', () => {
  it('the enhanced architecture adds Anti-DDoS Pro, vulnerability scanning and the security butler', () => {
    const basic = products(load('l3-basic.mlps.json'));
    const enhanced = products(load('l3-enhanced.mlps.json'));
    for (const id of ['ddos_pro', 'web_scan', 'mss']) {
      expect(enhanced.has(id), id).toBe(true);
      expect(basic.has(id), id).toBe(false);
    }
    for (const id of ['cloud_firewall', 'waf', 'security_center', 'ssl_cert', 'bastionhost', 'db_audit']) expect(basic.has(id) && enhanced.has(id), id).toBe(true);
  });

  it('the level-2 system leaves out what level 2 does not need', () => {
    const doc = load('l2-small.mlps.json');
    for (const id of ['ddos_origin', 'ddos_pro', 'cloud_firewall', 'db_audit', 'kms']) expect(products(doc).has(id), id).toBe(false);
    expect(doc.nodes.some((n) => n.kind === 'product' && n.props?.multiAZ === true)).toBe(false);
    expect(doc.edges.some((e) => e.kind === 'backup' && e.mode === 'realtime')).toBe(false);
  });

  it('the level-4 system runs on the finance cloud in finance regions', () => {
    const doc = load('l4-finance.mlps.json');
    expect(doc.meta).toMatchObject({ level: 4, platform: 'alibaba-finance' });
    const regions = doc.nodes.filter((n) => n.kind === 'zone' && n.zone === 'region');
    expect(regions.length).toBeGreaterThan(1);
    for (const r of regions) expect(r.kind === 'zone' && catalog.region(r.props!.regionId!)!.finance, r.id).toBe(true);
  });

  it('the blank diagram has the usual zones and no products', () => {
    const doc = load('blank-zones.mlps.json');
    expect(products(doc).size).toBe(0);
    const kinds = doc.nodes.flatMap((n) => (n.kind === 'zone' ? [n.zone] : []));
    for (const kind of ['internet', 'region', 'vpc', 'dmz', 'app', 'data', 'mgmt'] as const) expect(kinds, kind).toContain(kind);
    const vpc = doc.nodes.find((n) => n.kind === 'zone' && n.zone === 'vpc')!;
    expect(indexOf(doc).children(vpc.id).length).toBe(4);
  });
});

describe('instantiating', () => {
  it('renames waivers targets with their nodes and keeps stale ones as they are', () => {
    const template = load('l3-basic.mlps.json');
    const withWaivers: Diagram = {
      ...template,
      waivers: [
        { rule: 'CES-11', target: 'n-rds', reason: '演示' },
        { rule: 'ABS-05', target: 'gone', reason: '已删除的对象' },
        { rule: 'GEN-01', reason: '全部' },
      ],
      manual: [{ item: 'MAN-01', done: true }],
    };
    const doc = instantiateTemplate(withWaivers, { title: '新系统' });
    const rds = doc.nodes[template.nodes.findIndex((n) => n.id === 'n-rds')]!.id;
    expect(doc.waivers).toEqual([
      { rule: 'CES-11', target: rds, reason: '演示' },
      { rule: 'ABS-05', target: 'gone', reason: '已删除的对象' },
      { rule: 'GEN-01', reason: '全部' },
    ]);
    expect(doc.manual).toBeUndefined();
    expect(doc.meta.level).toBe(3);
  });
});
