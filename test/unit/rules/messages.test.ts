/** The words of the checker: every rule, layer, severity and manual item worded in both languages. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/core/i18n/messages.en.ts';
import { zh } from '../../../src/core/i18n/messages.zh.ts';
import { t } from '../../../src/core/i18n/translate.ts';
import { LAYERS, MANUAL_ITEMS, RULES } from '../../../src/core/standard/catalogue.ts';
import { smallDiagram } from '../../support/documents.ts';
import { baseline, check, edit } from './support.ts';

const keys = Object.keys(zh);

describe('rule messages', () => {
  it('word every rule of the catalogue', () => {
    for (const rule of RULES) expect(keys.some((k) => k === `rule.${rule.id}` || k.startsWith(`rule.${rule.id}.`)), rule.id).toBe(true);
  });

  it('name every layer, severity and manual item', () => {
    for (const layer of LAYERS) expect(Object.hasOwn(zh, `layer.${layer}`), layer).toBe(true);
    for (const severity of ['error', 'warning', 'info']) expect(Object.hasOwn(zh, `severity.${severity}`), severity).toBe(true);
    for (const item of MANUAL_ITEMS) expect(Object.hasOwn(zh, `manual.${item.id}`), item.id).toBe(true);
    expect(t('zh', 'layer.CLD')).toBe('云计算扩展');
    expect(t('zh', 'layer.GEN')).toBe('设计规范');
  });

  it('name the current products that fix the gap', () => {
    const expectations: Record<string, string[]> = {
      'rule.ABS-03': ['云防火墙'],
      'rule.ABS-05': ['Web应用防火墙'],
      'rule.ABS-06': ['DDoS原生防护', 'DDoS高防'],
      'rule.ABS-08': ['NAT网关'],
      'rule.ABS-09': ['日志服务 SLS', '180 天'],
      'rule.CES-01.noBastion': ['运维安全中心（堡垒机）'],
      'rule.CES-04': ['数据库审计'],
      'rule.CES-05.none': ['云安全中心'],
      'rule.CES-07': ['密钥管理服务 KMS'],
      'rule.SMC-02': ['云监控'],
      'rule.SMC-03.noActionTrail': ['操作审计'],
      'fix.securityCenter.add': ['云安全中心 企业版'],
    };
    for (const [key, words] of Object.entries(expectations)) for (const word of words) expect(zh[key as keyof typeof zh], key).toContain(word);
    expect(en['rule.ABS-05']).toContain('Web Application Firewall');
  });

  it('leave no placeholder unfilled for any finding or fix, in either language', () => {
    const broken = edit(baseline(), (d) => {
      d.remove('waf', 'ddos', 'sc', 'monitor', 'trail', 'kms');
      d.node('rds').props.multiAZ = false;
      d.node('rds').props.encryption = 'service';
      d.node('region2').props.regionId = 'ap-southeast-1';
      d.doc.waivers = [{ rule: 'CNS-03', reason: '试运行' }];
    });
    const findings = [...check(smallDiagram()).findings, ...check(broken, 4).findings, ...check(broken, 2).findings];
    expect(findings.length).toBeGreaterThan(20);
    for (const f of findings) {
      for (const lang of ['zh', 'en'] as const) {
        const text = t(lang, f.messageKey, f.params);
        expect(text, `${f.rule} ${lang}`).not.toMatch(/\{\w+\}|undefined|\[object/);
        if (f.fix) expect(t(lang, f.fix.messageKey, f.fix.params), `${f.fix.change.kind} ${lang}`).not.toMatch(/\{\w+\}|undefined|\[object/);
      }
    }
  });
});
