/**
 * The reference design (test/fixtures/designs/basic-l3.mlps.json): the seed's 基础合规架构 with today's
 * product names, completed until it meets level 3. It has no open error (and no finding at all) at
 * level 3, and a clean layout; the templates reuse it, so a change to the rules that breaks it shows here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramBytes } from '../../../src/core/format/read.ts';
import { nodeRect } from '../../../src/core/geometry/geometry.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { catalog } from './support.ts';

const FILE = new URL('../../fixtures/designs/basic-l3.mlps.json', import.meta.url);

function load(): Diagram {
  const result = readDiagramBytes(new Uint8Array(readFileSync(FILE)), catalog);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.diagram;
}

describe('the reference design (基础合规架构, level 3)', () => {
  it('is a valid file graded at level 3 on the public cloud', () => {
    expect(load().meta).toMatchObject({ level: 3, platform: 'alibaba-public' });
  });

  it('has no finding at level 3, and no open error at level 2', () => {
    const l3 = checkDiagram(load(), catalog);
    expect(l3.findings.map((f) => `${f.rule} ${f.targets.join(',')}`)).toEqual([]);
    expect(l3.summary).toEqual({ error: 0, warning: 0, info: 0, waived: 0 });
    expect(checkDiagram(load(), catalog, { level: 2 }).summary.error).toBe(0);
  });

  it('holds the products of the seed solution under their current names', () => {
    const products = new Set(load().nodes.flatMap((n) => (n.kind === 'product' ? [n.product] : [])));
    // 云防火墙, VPC, 安骑士 + 态势感知 → 云安全中心, WAF, SSL证书 → 数字证书管理服务, 堡垒机 → 运维安全中心, 数据库审计
    for (const id of ['cloud_firewall', 'security_center', 'waf', 'ssl_cert', 'bastionhost', 'db_audit']) expect(products.has(id), id).toBe(true);
    expect(load().nodes.some((n) => n.kind === 'zone' && n.zone === 'vpc')).toBe(true);
  });

  it('is laid out cleanly: everything inside its zone with a margin, no siblings overlapping', () => {
    const doc = load();
    const problems: string[] = [];
    for (const node of doc.nodes) {
      const r = nodeRect(doc, node.id)!;
      if (node.parent) {
        const p = nodeRect(doc, node.parent)!;
        const inside = r.x >= p.x + 10 && r.y >= p.y + 30 && r.x + r.width <= p.x + p.width - 10 && r.y + r.height <= p.y + p.height - 10;
        if (!inside) problems.push(`${node.id} outside ${node.parent}`);
      }
      for (const other of doc.nodes) {
        if (other.id <= node.id || other.parent !== node.parent) continue;
        const q = nodeRect(doc, other.id)!;
        if (r.x < q.x + q.width + 10 && q.x < r.x + r.width + 10 && r.y < q.y + q.height + 10 && q.y < r.y + r.height + 10) problems.push(`${node.id} touches ${other.id}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
