import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchProducts } from '../../../src/core/catalog/search.ts';
import { catalog } from '../../support/catalog.ts';

const first = (query: string) => searchProducts(catalog, query)[0];

describe('palette search', () => {
  it('finds today’s product by a former name and says so', () => {
    expect(first('安骑士')).toMatchObject({ product: { id: 'security_center' }, kind: 'formerName', matched: '安骑士' });
    expect(first('态势感知')?.product.id).toBe('security_center');
    expect(first('堡垒机')?.product.id).toBe('bastionhost');
    expect(first('SSL证书')?.product.id).toBe('ssl_cert');
    expect(first('DDoS高防IP')?.product.id).toBe('ddos_pro');
  });

  it('matches Chinese and English names, aliases and ids, ignoring case, width and spacing', () => {
    expect(first('云服务器')?.product.id).toBe('ecs');
    expect(first('elastic compute')?.product.id).toBe('ecs');
    expect(first('ＷＡＦ')?.product.id).toBe('waf');
    expect(first('k8s')?.product.id).toBe('ack');
    expect(first('cloud_firewall')?.product.id).toBe('cloud_firewall');
    expect(first('Server Guard')?.product.id).toBe('security_center');
  });

  it('ranks an exact name above substrings', () => {
    const ids = searchProducts(catalog, '防火墙').map((h) => h.product.id);
    expect(ids.slice(0, 2).sort()).toEqual(['cloud_firewall', 'waf']);
    expect(first('云防火墙')?.product.id).toBe('cloud_firewall');
  });

  it('returns every product for an empty query and nothing for nonsense', () => {
    expect(searchProducts(catalog, '  ')).toHaveLength(catalog.products.length);
    expect(searchProducts(catalog, 'zzqqxx')).toEqual([]);
  });

  it('normalizes full-width characters and punctuation', () => {
    expect(normalizeForSearch('运维安全中心（堡垒机）')).toBe('运维安全中心堡垒机');
    expect(normalizeForSearch('Ｔａｉｒ (Redis)')).toBe('tairredis');
  });
});
