import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { productList, productListDocument } from '../../../src/core/filing/product-list.ts';
import { topologyDocument } from '../../../src/core/filing/topology-doc.ts';
import type { FilingBlock, FilingDocument } from '../../../src/core/filing/filing-doc.ts';
import type { Certificate } from '../../../src/core/filing/v2-fields.ts';
import { isSecurityZoneKind, type Diagram } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { catalog } from '../../support/catalog.ts';

function template(name: string): Diagram {
  const result = readDiagramText(readFileSync(new URL(`../../../templates/${name}`, import.meta.url), 'utf8'), catalog);
  if (!result.ok) throw new Error(`template ${name} does not read`);
  return result.diagram;
}

/** l3-basic with the v2 fields a filing needs on some zones (cast: the model's types gain them separately). */
function withV2(doc: Diagram, certificates: Certificate[] = []): Diagram {
  const nodes = doc.nodes.map((n) =>
    n.id === 'z-app' ? { ...n, props: { ...(n.kind === 'zone' ? n.props : {}), purpose: '对外提供网上商城订单服务', importance: 'high' } } : n,
  );
  return { ...doc, nodes, certificates } as unknown as Diagram;
}

const tables = (doc: FilingDocument) => doc.blocks.filter((b): b is Extract<FilingBlock, { kind: 'table' }> => b.kind === 'table');
const lists = (doc: FilingDocument) => doc.blocks.filter((b): b is Extract<FilingBlock, { kind: 'list' }> => b.kind === 'list');

describe('系统拓扑结构及说明 (model)', () => {
  const doc = withV2(template('l3-basic.mlps.json'));
  const model = topologyDocument(doc, catalog, checkDiagram(doc, catalog), { lang: 'zh', today: '2026-05-01' });
  const zoneTable = tables(model).find((t) => t.header[0] === '网络功能区域名称')!;

  it('has the survey columns and one row per security zone, purpose and importance from the v2 props, blanks 待填写', () => {
    expect(zoneTable.header).toEqual(['网络功能区域名称', '主要功能和作用', 'IP网段', '服务器数/终端数', '与其连接的其它区域', '区域间边界设备', '重要程度']);
    const zones = doc.nodes.filter((n) => n.kind === 'zone' && isSecurityZoneKind(n.zone));
    expect(zoneTable.rows.map((r) => r[0])).toEqual(zones.map((z) => z.label));
    const app = zoneTable.rows.find((r) => r[0] === '应用区')!;
    expect(app).toEqual(['应用区', '对外提供网上商城订单服务', '10.0.2.0/24', '2 / 0', expect.stringContaining('数据区'), expect.stringContaining('负载均衡'), '高']);
    const data = zoneTable.rows.find((r) => r[0] === '数据区')!;
    expect(data[1]).toBe('待填写');
    expect(data[6]).toBe('待填写');
    // The edge zone records no CIDR: it is not invented.
    expect(zoneTable.rows.find((r) => r[0] === '互联网边界')![2]).toBe('待填写');
  });

  it('lists the access path from the Internet through the boundary to the data, and the operations path', () => {
    const [access, operations, logs, backups] = lists(model).map((l) => l.items);
    expect(access).toContain(
      '互联网 商城用户（PC / App） → 互联网边界 DDoS原生防护 → WAF 3.0 → 云防火墙 → 接入区（DMZ） 商城 ALB 负载均衡 → 应用区 网上商城订单服务 → 数据区 订单数据库（MySQL）',
    );
    expect(operations).toContain('公司办公网 运维终端 → 运维接入区 SSL-VPN 网关 → 安全管理区 运维安全中心（堡垒机） → 应用区 网上商城订单服务');
    expect(logs!.join('\n')).toContain('日志审计 · 保存 180 天 ← WAF 3.0、云防火墙、商城 ALB 负载均衡、运维安全中心（堡垒机）、操作审计');
    expect(backups!.join('\n')).toContain('数据区 订单数据库（MySQL） → 异地备份区 订单数据库 灾备实例：异地备份，实时');
  });

  it('has the sections a filing expects, the responsibility split and the boundaries', () => {
    const headings = model.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(expect.arrayContaining(['一、系统概述', '二、系统拓扑图', '三、网络功能区域划分', '四、区域边界与访问控制', '五、主要数据流', '六、安全产品部署', '七、云服务商与用户的安全责任划分', '附录 检查结果']));
    const responsibility = tables(model).find((t) => t.header[0] === '层面')!;
    expect(responsibility.rows[0]).toEqual(['安全物理环境', '阿里云', expect.stringContaining('第三级')]);
    const bounds = tables(model).find((t) => t.header[0] === '边界')!;
    expect(bounds.rows).toContainEqual(['应用区 ↔ 数据区', expect.any(String), expect.stringContaining('应用区 → 数据区：业务访问 MySQL:3306')]);
  });

  it('is written in English on request', () => {
    const en = topologyDocument(doc, catalog, checkDiagram(doc, catalog), { lang: 'en', today: '2026-05-01' });
    expect(tables(en).find((t) => t.header[0] === 'Zone')!.rows.find((r) => r[0] === '数据区')![1]).toBe('To be completed');
    expect(en.blocks).toContainEqual({ kind: 'heading', level: 1, text: '7. Security responsibilities of the cloud provider and the customer' });
  });
});

describe('安全产品清单 (model)', () => {
  const certificates: Certificate[] = [
    { product: 'waf', type: 'certification', number: 'CCC-WAF-2024-001', issuer: '中国网络安全审查认证和市场监管大数据中心', validUntil: '2029-06-30' },
    { product: 'cloud_firewall', type: 'licence', number: 'XKZ-0815', issuer: '公安部网络安全保卫局', validUntil: '2025-12-31' },
    { product: 'bastionhost', edition: 'basic', type: 'testing', number: 'TEST-OTHER-EDITION' },
  ];
  const doc = withV2(template('l3-basic.mlps.json'), certificates);

  it('puts each certificate on its product, marks the expired one at the design date and says 待补充 where none is recorded', () => {
    const list = productList(doc, catalog, 'zh', '2026-05-01');
    expect(list.asOf).toBe('2026-05-01');
    const row = (product: string) => list.rows.find((r) => r.cells[1] === product)!;
    expect(row('Web应用防火墙').cells.slice(6)).toEqual(['安全认证证书', 'CCC-WAF-2024-001', '中国网络安全审查认证和市场监管大数据中心', '2029-06-30']);
    expect(row('Web应用防火墙').expired).toBe(false);
    expect(row('云防火墙').cells.slice(6)).toEqual(['销售许可证', 'XKZ-0815', '公安部网络安全保卫局', '2025-12-31（已过期）']);
    expect(row('云防火墙').expired).toBe(true);
    // A certificate for another edition does not cover the edition in the design.
    expect(row('运维安全中心（堡垒机）').cells.slice(6)).toEqual(['待补充', '待补充', '待补充', '待补充']);
    // External actors and non-security products are not in the list.
    expect(list.rows.map((r) => r.cells[1])).not.toContain('云服务器 ECS');
  });

  it('judges expiry at the design date when it has one', () => {
    const dated = { ...doc, meta: { ...doc.meta, date: '2025-06-01' } } as Diagram;
    expect(productList(dated, catalog, 'zh', '2026-05-01').rows.find((r) => r.cells[1] === '云防火墙')!.expired).toBe(false);
  });

  it('notes that the sales licence is no longer issued since 2023-07-01', () => {
    const text = productListDocument(doc, catalog, 'zh', '2026-05-01').blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('自 2023 年 7 月 1 日起不再颁发');
    expect(text).toContain('已超过有效期');
  });
});
