/**
 * The catalog against the contracts: every product and zone kind of file-format version 1, props and
 * defaults exactly as the format's table, the rule catalogue's product sets, valid icons, real rule ids.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError } from '../../../src/core/catalog/build.ts';
import { checkIcon } from '../../../src/core/catalog/icon-check.ts';
import { PRODUCT_IDS_V1, ZONE_KINDS } from '../../../src/core/model/types.ts';
import { isRuleId } from '../../../src/core/standard/catalogue.ts';
import { readRawCatalog } from '../../../src/node/catalog-fs.ts';
import { catalog } from '../../support/catalog.ts';

/** file-format.md, "Product properties of version 1": prop → products it applies to → default. */
const SPEC_PROPS: Record<string, { products: string[]; default: (id: string) => unknown }> = {
  multiAZ: { products: ['slb', 'nat_gateway', 'vpn_gateway', 'rds', 'polardb', 'redis', 'mongodb', 'bastionhost', 'ecs', 'ack'], default: () => false },
  publicIp: { products: ['ecs', 'ack', 'rds', 'polardb', 'redis', 'mongodb'], default: () => false },
  encryption: { products: ['ecs', 'rds', 'polardb', 'redis', 'mongodb', 'oss', 'nas', 'sls'], default: () => 'none' },
  ssl: { products: ['rds', 'polardb', 'redis', 'mongodb'], default: () => false },
  localBackup: { products: ['ecs', 'rds', 'polardb', 'redis', 'mongodb', 'oss', 'nas'], default: (id) => ['rds', 'polardb', 'redis', 'mongodb'].includes(id) },
  sqlAudit: { products: ['rds', 'polardb'], default: () => false },
  mfa: { products: ['bastionhost', 'ram'], default: () => false },
  retentionDays: { products: ['sls', 'db_audit'], default: () => 30 },
  important: { products: ['ecs', 'rds', 'polardb', 'redis', 'mongodb', 'oss', 'nas'], default: (id) => id !== 'ecs' },
  personalData: { products: ['ecs', 'rds', 'polardb', 'redis', 'mongodb', 'oss', 'nas'], default: () => false },
};

/** rules.md, "Terms used below". */
const SPEC_SETS = {
  compute: ['ecs', 'ack'],
  database: ['rds', 'polardb', 'redis', 'mongodb'],
  dataStore: ['rds', 'polardb', 'redis', 'mongodb', 'oss', 'nas'],
  boundaryControl: ['ddos_origin', 'ddos_pro', 'waf', 'cloud_firewall', 'security_group', 'slb', 'nat_gateway', 'vpn_gateway'],
  vpcBound: ['ecs', 'ack', 'rds', 'polardb', 'redis', 'mongodb', 'nas', 'slb', 'nat_gateway', 'vpn_gateway', 'bastionhost', 'db_audit'],
} as const;

const EXTERNAL = ['internet_user', 'admin_terminal', 'office_user', 'idc_server'];

describe('the product catalog', () => {
  it('defines every product of version 1, with both names, a description, a unit and a valid icon', () => {
    expect(catalog.products.map((p) => p.id).sort()).toEqual([...PRODUCT_IDS_V1].sort());
    for (const p of catalog.products) {
      expect(p.name.zh.length, p.id).toBeGreaterThan(0);
      expect(p.name.en.length, p.id).toBeGreaterThan(0);
      expect(p.description.zh.length).toBeGreaterThan(0);
      expect(p.unit.zh.length).toBeGreaterThan(0);
      expect(checkIcon(p.icon), p.id).toEqual([]);
    }
  });

  it('uses distinct icons and distinct names', () => {
    const icons = new Set(catalog.products.map((p) => p.icon));
    expect(icons.size).toBe(catalog.products.length);
    expect(new Set(catalog.products.map((p) => p.name.zh)).size).toBe(catalog.products.length);
    expect(new Set(catalog.products.map((p) => p.name.en)).size).toBe(catalog.products.length);
  });

  it('gives each product exactly the props of the format, with the format’s defaults', () => {
    for (const p of catalog.products) {
      for (const [prop, spec] of Object.entries(SPEC_PROPS)) {
        if (spec.products.includes(p.id)) expect(p.props, `${p.id}.${prop}`).toHaveProperty(prop, spec.default(p.id));
        else expect(p.props, `${p.id}.${prop}`).not.toHaveProperty(prop);
      }
      expect('spec' in p.props, `${p.id}.spec`).toBe(p.billed);
      expect('edition' in p.props, `${p.id}.edition`).toBe(p.editions !== undefined);
    }
  });

  it('never bills external actors, and bills everything else except the free services', () => {
    for (const p of catalog.products) {
      if (EXTERNAL.includes(p.id)) {
        expect(p.billed, p.id).toBe(false);
        expect(catalog.category(p.category)?.external, p.id).toBe(true);
      } else expect(catalog.category(p.category)?.external, p.id).toBe(false);
    }
    expect(catalog.products.filter((p) => !p.billed && !EXTERNAL.includes(p.id)).map((p) => p.id).sort()).toEqual(['ram', 'security_group']);
  });

  it('has the rules’ product sets exactly', () => {
    for (const [role, ids] of Object.entries(SPEC_SETS)) {
      expect([...catalog.withRole(role as keyof typeof SPEC_SETS)].sort(), role).toEqual([...ids].sort());
    }
  });

  it('fixes the default editions the rules read, and ranks them lowest to highest', () => {
    const sc = catalog.product('security_center')!;
    expect(sc.editions!.default).toBe('enterprise');
    expect(sc.editions!.list.map((e) => [e.id, e.rank])).toEqual([['free', 0], ['anti_virus', 1], ['advanced', 2], ['enterprise', 3], ['ultimate', 4]]);
    expect(sc.editions!.list.map((e) => e.name.zh)).toEqual(['免费版', '防病毒版', '高级版', '企业版', '旗舰版']);
    const cfw = catalog.product('cloud_firewall')!;
    expect(cfw.editions!.default).toBe('advanced');
    const rank = Object.fromEntries(cfw.editions!.list.map((e) => [e.id, e.rank]));
    expect(rank).toEqual({ advanced: 0, enterprise: 1, ultimate: 2, payg: 1 });
  });

  it('names only real rule ids as what a product helps satisfy', () => {
    for (const p of catalog.products) for (const rule of p.satisfies) expect(isRuleId(rule), `${p.id}: ${rule}`).toBe(true);
    expect(catalog.product('security_center')!.satisfies).toEqual(expect.arrayContaining(['CES-05', 'CES-06', 'SMC-04']));
    expect(catalog.product('waf')!.satisfies).toContain('ABS-05');
  });

  it('keeps the former names users still search by', () => {
    expect(catalog.product('security_center')!.formerNames).toEqual(expect.arrayContaining(['安骑士', '态势感知']));
    expect(catalog.product('bastionhost')!.formerNames).toContain('堡垒机');
    expect(catalog.product('ssl_cert')!.formerNames).toContain('SSL证书');
    expect(catalog.product('ddos_pro')!.formerNames).toContain('DDoS高防IP');
  });

  it('defines every zone kind with both names and a valid icon', () => {
    expect(catalog.zones.map((z) => z.id)).toEqual([...ZONE_KINDS]);
    for (const z of catalog.zones) {
      expect(z.name.zh.length).toBeGreaterThan(0);
      expect(z.name.en.length).toBeGreaterThan(0);
      expect(checkIcon(z.icon), z.id).toEqual([]);
    }
  });

  it('lists regions with the mainland flag, finance regions on the mainland', () => {
    expect(catalog.region('cn-hangzhou')).toMatchObject({ mainland: true, finance: false });
    expect(catalog.region('cn-hongkong')).toMatchObject({ mainland: false });
    expect(catalog.region('ap-southeast-1')).toMatchObject({ mainland: false });
    for (const r of catalog.regions.filter((r) => r.finance)) expect(r.mainland, r.id).toBe(true);
    expect(catalog.regions.length).toBeGreaterThanOrEqual(30);
  });
});

describe('catalog validation', () => {
  function problemsWith(change: (raw: ReturnType<typeof readRawCatalog>) => void): string[] {
    const raw = readRawCatalog();
    change(raw);
    try {
      buildCatalog(raw);
      return [];
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      return error.problems;
    }
  }
  const product = (raw: ReturnType<typeof readRawCatalog>, id: string) => raw.products.find((p) => p.file === `${id}.json`)!.data as Record<string, any>;

  it('accepts the real catalog', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('refuses a missing product, a missing name and an unknown rule id', () => {
    expect(problemsWith((raw) => (raw.products = raw.products.filter((p) => p.file !== 'waf.json')))).toEqual(['products: file-format product "waf" is missing']);
    expect(problemsWith((raw) => delete product(raw, 'ecs')['name'].en)[0]).toMatch(/^products\/ecs\.json \$\.name\.en/);
    expect(problemsWith((raw) => product(raw, 'ecs')['satisfies'].push('XYZ-01'))).toEqual(['products/ecs.json: satisfies unknown rule id "XYZ-01"']);
  });

  it('refuses defaults that are not allowed', () => {
    expect(problemsWith((raw) => (product(raw, 'rds')['props'].encryption = 'rot13'))).toEqual([
      'products/rds.json: default of "encryption" ("rot13") is not none | service | kms | byok',
    ]);
    expect(problemsWith((raw) => (product(raw, 'sls')['props'].retentionDays = 0))).toHaveLength(1);
    expect(problemsWith((raw) => (product(raw, 'waf')['editions'].default = 'gold'))).toEqual([
      'products/waf.json: default edition "gold" is not among subscription, payg, hybrid',
    ]);
  });

  it('refuses unsafe or missing icons', () => {
    expect(problemsWith((raw) => (raw.icons['ecs.svg'] = raw.icons['ecs.svg']!.replace('</svg>', '<script>alert(1)</script></svg>')))).toEqual(
      expect.arrayContaining(['products/ecs.json: icon ecs.svg: element <script> is not allowed']),
    );
    expect(problemsWith((raw) => (raw.icons['waf.svg'] = raw.icons['waf.svg']!.replace('<path ', '<path onload="x()" ')))).toEqual(
      expect.arrayContaining(['products/waf.json: icon waf.svg: attribute onload on <path> is not allowed']),
    );
    expect(problemsWith((raw) => delete raw.icons['kms.svg'])).toEqual(['products/kms.json: icon kms.svg not found in catalog/icons']);
  });

  it('makes adding a product a matter of adding data', () => {
    const raw = readRawCatalog();
    raw.products.push({
      file: 'alb_extra.json',
      data: { ...product(raw, 'slb'), id: 'alb_extra', name: { zh: '测试产品', en: 'Test product' }, icon: 'slb.svg' },
    });
    const extended = buildCatalog(raw);
    expect(extended.product('alb_extra')?.name.zh).toBe('测试产品');
    expect(extended.withRole('boundaryControl').has('alb_extra')).toBe(true);
  });
});
