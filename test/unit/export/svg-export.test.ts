import { describe, expect, it } from 'vitest';
import { nodeRect } from '../../../src/core/geometry/geometry.ts';
import { exportSvg } from '../../../src/core/export/svg/export-svg.ts';
import { buildScene } from '../../../src/core/export/scene/scene.ts';
import type { Shape } from '../../../src/core/export/scene/shapes.ts';
import type { CheckResult } from '../../../src/core/rules/finding.ts';
import { catalog } from '../../support/catalog.ts';
import { expectGolden, readFixture } from '../../support/export-fixtures.ts';
import { elements, expectInertXml, texts } from '../../support/xml-safety.ts';

const joined = (svg: string) => texts(expectInertXml(svg), 'text').join('\n');

describe('topology drawing as SVG', () => {
  it('matches the golden files (fixture and reference architecture, zh and en)', () => {
    expectGolden('all-fields.zh.svg', exportSvg(readFixture('all-fields'), catalog, { lang: 'zh' }));
    expectGolden('all-fields.en.svg', exportSvg(readFixture('all-fields'), catalog, { lang: 'en' }));
    expectGolden('reference-l3.zh.svg', exportSvg(readFixture('reference-l3'), catalog, { lang: 'zh' }));
  });

  it('is self-contained, inert SVG: icons inline, no ids, defs, links, scripts or fonts to fetch', () => {
    const svg = exportSvg(readFixture('reference-l3'), catalog, { lang: 'zh' });
    const doc = expectInertXml(svg);
    const all = [...elements(doc)];
    expect(all[1]!.name).toBe('svg');
    expect(all.filter((e) => 'id' in e.attrs)).toEqual([]);
    expect(all.some((e) => e.name === 'defs' || e.name === 'marker')).toBe(false);
    expect(svg).not.toMatch(/@font-face|@import|<style/);
    expect(all[1]!.attrs['font-family']).toContain('Noto Sans SC');
    // One inline icon per product and zone.
    const doc3 = readFixture('reference-l3');
    expect(all.filter((e) => e.name === 'g' && /^translate\(.*\) scale\(/.test(e.attrs.transform ?? '')).length).toBe(doc3.nodes.length);
  });

  it('shows zones with name, kind and CIDR or region; products with catalog name and label', () => {
    const text = joined(exportSvg(readFixture('all-fields'), catalog, { lang: 'zh' }));
    for (const expected of ['地域', '华东1（杭州） cn-hangzhou', '生产 VPC', '专有网络 VPC · 10.0.0.0/16', '10.0.1.0/24', '云数据库 RDS', '订单库', '云服务器 ECS', '×2', '应用型负载均衡 ALB']) {
      expect(text).toContain(expected);
    }
    const en = joined(exportSvg(readFixture('all-fields'), catalog, { lang: 'en' }));
    expect(en).toContain('ApsaraDB RDS');
    expect(en).toContain('China (Hangzhou) cn-hangzhou');
  });

  it('labels connections with protocol:port and marks encrypted ones with a padlock', () => {
    const doc = readFixture('all-fields');
    const svg = exportSvg(doc, catalog, { lang: 'zh' });
    const parsed = expectInertXml(svg);
    const labels = [...elements(parsed)].filter((e) => e.name === 'g' && e.attrs.class === 'edge-label');
    const byId = new Map(labels.map((l) => [l.attrs['data-id'], l]));
    const padlocks = (id: string) => [...elements(byId.get(id)!.children)].filter((e) => e.name === 'rect').length - 1;
    expect(padlocks('e-1')).toBe(1); // HTTPS
    expect(padlocks('e-2')).toBe(1); // HTTP, but `encrypted: true` overrides
    expect(padlocks('e-3')).toBe(1); // MySQL to an RDS with ssl: true
    expect(padlocks('e-10')).toBe(0); // a log edge without protocol
    expect(texts([{ g: byId.get('e-3')!.children }], 'text')).toEqual(['MySQL:3306']);
    expect(texts([{ g: byId.get('e-4')!.children }], 'text')).toEqual(['定时']);
  });

  it('prints the title block and a legend of the zone and connection kinds drawn', () => {
    const text = joined(exportSvg(readFixture('all-fields'), catalog, { lang: 'zh' }));
    for (const expected of ['系统名称', '网上商城 Online store', '安全保护等级', '第三级', '运营使用单位', '示例科技有限公司', '云平台', '阿里云公共云（云平台安全保护等级：第三级）', '版本', 'V1.2', '日期', '2026-11-28']) {
      expect(text).toContain(expected);
    }
    for (const expected of ['图例', '互联网', '数据区', '业务流量', '备份 / 容灾', '日志 / 审计数据', '加密传输']) expect(text).toContain(expected);
    expect(text).not.toContain('运维管理'); // no management edge in this diagram
    const finance = joined(exportSvg({ ...readFixture('all-fields'), meta: { ...readFixture('all-fields').meta, platform: 'alibaba-finance', level: 4 } }, catalog, { lang: 'zh' }));
    expect(finance).toContain('阿里云金融云（云平台安全保护等级：第四级）');
  });

  it('routes every connection between node borders, never through another product', () => {
    const doc = readFixture('reference-l3');
    const scene = buildScene(doc, catalog, { lang: 'zh' });
    const edges = new Map<string, string>();
    const walk = (shapes: Shape[]) => {
      for (const s of shapes) if (s.kind === 'group') {
        if (s.role === 'edge') edges.set(s.id!, (s.children[0] as Extract<Shape, { kind: 'path' }>).d);
        walk(s.children);
      }
    };
    walk(scene.diagram.shapes);
    expect(edges.size).toBe(doc.edges.length);
    const products = doc.nodes.filter((n) => n.kind === 'product').map((n) => ({ id: n.id, r: nodeRect(doc, n.id)! }));
    for (const edge of doc.edges) {
      const numbers = edges.get(edge.id)!.split(' ').filter((t) => !/[A-Z]/.test(t)).map(Number);
      const points = [];
      for (let i = 0; i < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
      const source = nodeRect(doc, edge.source)!;
      const onBorder = (p: { x: number; y: number }, r: typeof source) =>
        (Math.abs(p.x - r.x) < 0.01 || Math.abs(p.x - r.x - r.width) < 0.01 || Math.abs(p.y - r.y) < 0.01 || Math.abs(p.y - r.y - r.height) < 0.01) &&
        p.x >= r.x - 0.01 && p.x <= r.x + r.width + 0.01 && p.y >= r.y - 0.01 && p.y <= r.y + r.height + 0.01;
      expect(onBorder(points[0]!, source), `${edge.id} starts on its source's border`).toBe(true);
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect(a.x === b.x || a.y === b.y, `${edge.id} is orthogonal`).toBe(true);
        for (const { id, r } of products) {
          const inside = (x: number, y: number) => x > r.x + 1 && x < r.x + r.width - 1 && y > r.y + 1 && y < r.y + r.height - 1;
          const crosses = [0.1, 0.3, 0.5, 0.7, 0.9].some((f) => inside(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f));
          expect(crosses, `${edge.id} crosses ${id}`).toBe(false);
        }
      }
    }
  });

  it('draws a selection only: the chosen zones with their contents and the edges between them', () => {
    const doc = readFixture('all-fields');
    const text = joined(exportSvg(doc, catalog, { lang: 'zh', selection: ['z-app', 'z-data'] }));
    expect(text).toContain('云服务器 ECS');
    expect(text).toContain('订单库');
    expect(text).not.toContain('负载均衡');
    expect(text).not.toContain('生产 VPC');
    expect(text).toContain('系统拓扑结构图（部分）');
    const svg = exportSvg(doc, catalog, { lang: 'zh', selection: ['z-app', 'z-data'] });
    expect([...svg.matchAll(/class="edge" data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['e-3']);
  });

  it('marks open findings only when asked, on their first target', () => {
    const doc = readFixture('all-fields');
    const check: CheckResult = {
      level: 3,
      findings: [
        { rule: 'CES-05', layer: 'CES', severity: 'error', clause: '8.1.4.4 e) f)', controlPoint: { zh: '入侵防范', en: 'Intrusion prevention' }, targets: ['n-ecs-1'], messageKey: 'export.legend.title', params: {}, waived: false },
        { rule: 'CNS-04', layer: 'CNS', severity: 'warning', clause: '8.1.2.2 a) b)', controlPoint: { zh: '通信传输', en: 'Communication transmission' }, targets: ['e-2'], messageKey: 'export.legend.title', params: {}, waived: false },
        { rule: 'ABS-06', layer: 'ABS', severity: 'warning', clause: '8.1.3.3 a)', controlPoint: { zh: '入侵防范', en: 'Intrusion prevention' }, targets: ['n-rds'], messageKey: 'export.legend.title', params: {}, waived: true },
      ],
      summary: { error: 1, warning: 1, info: 0, waived: 1 },
      readiness: {} as CheckResult['readiness'],
    };
    expect(exportSvg(doc, catalog, { lang: 'zh', check })).not.toContain('class="finding"');
    const marked = exportSvg(doc, catalog, { lang: 'zh', check, markFindings: true });
    expect([...marked.matchAll(/class="finding" data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['n-ecs-1']);
    expect(marked).toContain('#c92a2a');
    expect(joined(marked)).toContain('未关闭的检查问题（错误 / 警告）');
    const edgeLabel = /class="edge-label" data-id="e-2">([\s\S]*?)<\/g>/.exec(marked)![1]!;
    expect(edgeLabel).toContain('#e67700');
  });

  it('draws an empty diagram as a sheet with its title block', () => {
    const doc = { ...readFixture('all-fields'), nodes: [], edges: [] };
    const text = joined(exportSvg(doc, catalog, { lang: 'en' }));
    expect(text).toContain('System name');
    expect(text).toContain('Legend');
  });
});
