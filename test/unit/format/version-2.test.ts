/**
 * File format version 2: a version-1 file opens as version 2 with nothing else changed, saves and
 * reopens byte for byte; zone purpose and importance and the certificates survive a round trip; every
 * rule of the new fields refuses with its location, in both languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/core/format/describe.ts';
import { formatPath } from '../../../src/core/format/errors.ts';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { writeDiagram } from '../../../src/core/format/write.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';
import { issuesOf } from '../../support/read-results.ts';

const v1Text = readFileSync(new URL('../../fixtures/v1/all-fields.mlps.json', import.meta.url), 'utf8');
const v2Text = readFileSync(new URL('../../fixtures/v2/all-fields.mlps.json', import.meta.url), 'utf8');

function read(text: string): Diagram {
  const result = readDiagramText(text, catalog);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.diagram;
}


/** The small diagram changed by `change`, read back; its issues as "code @ $.path". */
function located(change: (doc: Record<string, any>) => void): string[] {
  const doc = asJson(smallDiagram());
  change(doc);
  return issuesOf(readDiagramText(JSON.stringify(doc), catalog)).map((i) => `${i.code} @ ${formatPath(i.path)}`);
}

function accepted(change: (doc: Record<string, any>) => void): boolean {
  const doc = asJson(smallDiagram());
  change(doc);
  return readDiagramText(JSON.stringify(doc), catalog).ok;
}

// Nodes of the small diagram, by index: 3 the VPC, 2 the region, 4 the DMZ, 5 the app zone.
const DMZ = 4;
const cert = (fields: Record<string, unknown> = {}) => ({ product: 'waf', type: 'certification', number: 'CCRC-1', ...fields });

describe('migration 1 → 2', () => {
  it('opens a version-1 file as version 2 with nothing else changed', () => {
    const result = readDiagramText(v1Text, catalog);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.migratedFrom).toBe(1);
    expect(result.migrations).toEqual(['v2-filing-fields']);
    expect(result.diagram).toEqual({ ...JSON.parse(v1Text), schemaVersion: 2 });
  });

  it('saves a version-1 file as version 2, and reopening it gives the same bytes', () => {
    const saved = writeDiagram(read(v1Text));
    expect(JSON.parse(saved).schemaVersion).toBe(2);
    const reopened = readDiagramText(saved, catalog);
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.error));
    expect(reopened.migrations).toEqual([]);
    expect(writeDiagram(reopened.diagram)).toBe(saved);
  });
});

describe('version-2 fields survive a round trip', () => {
  it('keeps zone purpose and importance and every certificate, including one for a product not in the diagram', () => {
    const original = read(v2Text);
    const again = read(writeDiagram(original));
    const zone = (d: Diagram, id: string) => d.nodes.find((n) => n.id === id);
    expect(zone(again, 'z-dmz')).toMatchObject({ props: { cidr: '10.0.1.0/24', purpose: '对外提供网上商城 Web 服务 𠀀', importance: 'medium' } });
    expect(zone(again, 'z-data')).toMatchObject({ props: { importance: 'high' } });
    const byNumber = (d: Diagram) => [...(d.certificates ?? [])].sort((a, b) => a.number.localeCompare(b.number));
    expect(byNumber(again)).toEqual(byNumber(original));
    expect(again.certificates).toHaveLength(4);
    expect(again.nodes.some((n) => n.kind === 'product' && n.product === 'cloud_firewall')).toBe(false);
    expect(again.certificates!.some((c) => c.product === 'cloud_firewall')).toBe(true);
  });

  it('accepts purpose of exactly 500 characters counted in code points, and every importance', () => {
    expect(accepted((d) => (d.nodes[DMZ].props.purpose = '𠀀'.repeat(500)))).toBe(true);
    for (const importance of ['high', 'medium', 'low']) expect(accepted((d) => (d.nodes[DMZ].props.importance = importance))).toBe(true);
    for (const zone of ['edge', 'app', 'data', 'mgmt', 'ops', 'backup', 'devtest']) {
      expect(accepted((d) => Object.assign(d.nodes[DMZ], { zone, props: { purpose: 'x', importance: 'low' } })), zone).toBe(true);
    }
  });

  it('accepts the same product and type for different editions, and an entry for every edition beside one for an edition', () => {
    expect(accepted((d) => (d.certificates = [cert({ edition: 'subscription' }), cert({ edition: 'payg' }), cert()]))).toBe(true);
    expect(accepted((d) => (d.certificates = [cert(), cert({ type: 'testing' }), cert({ type: 'licence' })]))).toBe(true);
    expect(accepted((d) => (d.certificates = []))).toBe(true);
  });
});

describe('version-2 fields refused with their location', () => {
  it.each<[string, (d: Record<string, any>) => void, string[]]>([
    ['an empty purpose', (d) => (d.nodes[DMZ].props.purpose = ''), [`emptyText @ $.nodes[${DMZ}].props.purpose`]],
    ['a purpose of 501 characters', (d) => (d.nodes[DMZ].props.purpose = '𠀀'.repeat(501)), [`tooLong @ $.nodes[${DMZ}].props.purpose`]],
    ['a purpose that is not a string', (d) => (d.nodes[DMZ].props.purpose = 5), [`wrongType @ $.nodes[${DMZ}].props.purpose`]],
    ['a purpose on a VPC', (d) => (d.nodes[3].props.purpose = '专有网络'), ['propNotForZone @ $.nodes[3].props.purpose']],
    ['a purpose on the Internet zone', (d) => (d.nodes[0].props = { purpose: '用户' }), ['propNotForZone @ $.nodes[0].props.purpose']],
    ['an unknown importance', (d) => (d.nodes[DMZ].props.importance = 'critical'), [`notAllowed @ $.nodes[${DMZ}].props.importance`]],
    ['a null importance', (d) => (d.nodes[DMZ].props.importance = null), [`nullValue @ $.nodes[${DMZ}].props.importance`]],
    ['an importance on a region', (d) => (d.nodes[2].props.importance = 'high'), ['propNotForZone @ $.nodes[2].props.importance']],
    ['certificates that are not a list', (d) => (d.certificates = {}), ['wrongType @ $.certificates']],
    ['a certificate for an unknown product', (d) => (d.certificates = [cert({ product: 'firewall9000' })]), ['unknownProduct @ $.certificates[0].product']],
    ['a certificate for an unknown edition', (d) => (d.certificates = [cert({ edition: 'gold' })]), ['unknownEdition @ $.certificates[0].edition']],
    ['an edition for a product without editions', (d) => (d.certificates = [cert({ product: 'sls', edition: 'pro' })]), ['productWithoutEditions @ $.certificates[0].edition']],
    ['an unknown type', (d) => (d.certificates = [cert({ type: 'sales' })]), ['notAllowed @ $.certificates[0].type']],
    ['a missing type', (d) => (d.certificates = [{ product: 'waf', number: '1' }]), ['missing @ $.certificates[0].type']],
    ['a missing number', (d) => (d.certificates = [{ product: 'waf', type: 'testing' }]), ['missing @ $.certificates[0].number']],
    ['an empty number', (d) => (d.certificates = [cert({ number: '' })]), ['emptyText @ $.certificates[0].number']],
    ['a number of 101 characters', (d) => (d.certificates = [cert({ number: '9'.repeat(101) })]), ['tooLong @ $.certificates[0].number']],
    ['an issuer of 201 characters', (d) => (d.certificates = [cert({ issuer: '中'.repeat(201) })]), ['tooLong @ $.certificates[0].issuer']],
    ['a date that does not exist', (d) => (d.certificates = [cert({ validUntil: '2026-02-30' })]), ['badDate @ $.certificates[0].validUntil']],
    ['a date in another format', (d) => (d.certificates = [cert({ validUntil: '2026/06/30' })]), ['badDate @ $.certificates[0].validUntil']],
    ['a note of 1001 characters', (d) => (d.certificates = [cert({ note: 'n'.repeat(1001) })]), ['tooLong @ $.certificates[0].note']],
    ['an unknown key', (d) => (d.certificates = [cert({ expires: '2026-01-01' })]), ['unknownKey @ $.certificates[0].expires']],
    ['a null edition', (d) => (d.certificates = [cert({ edition: null })]), ['nullValue @ $.certificates[0].edition']],
    ['two entries for the same product, edition and type', (d) => (d.certificates = [cert(), cert({ type: 'testing' }), cert({ number: 'CCRC-2' })]), ['duplicateCertificate @ $.certificates[2]']],
    ['two entries for the same edition', (d) => (d.certificates = [cert({ edition: 'payg' }), cert({ edition: 'payg', number: 'x' })]), ['duplicateCertificate @ $.certificates[1]']],
  ])('refuses %s', (_name, change, expected) => {
    expect(located(change)).toEqual(expected);
  });

  it('says what is wrong and where, in Chinese and English', () => {
    const doc = asJson(smallDiagram());
    doc['certificates'] = [cert(), cert({ number: 'CCRC-2' }), cert({ product: 'sls', edition: 'pro' })];
    doc['nodes'][3].props.importance = 'high';
    const issues = issuesOf(readDiagramText(JSON.stringify(doc), catalog));
    const zh = issues.map((i) => describeIssue(i, 'zh'));
    const en = issues.map((i) => describeIssue(i, 'en'));
    expect(zh).toEqual([
      '$.certificates[1]：Web应用防火墙 的安全认证证书重复（首次出现在 $.certificates[0]）；每个产品、版本和类型只能有一条',
      '$.certificates[2].edition：日志服务 SLS 没有版本之分，不能指定版本 "pro"',
      '$.nodes[3].props.importance（节点 vpc）：属性 "importance" 不适用于 专有网络 VPC',
    ]);
    expect(en).toEqual([
      '$.certificates[1]: a second security certification for Web Application Firewall (first at $.certificates[0]); one entry per product, edition and type',
      '$.certificates[2].edition: Simple Log Service has no editions, so edition "pro" cannot be given',
      '$.nodes[3].props.importance (node vpc): property "importance" does not apply to VPC',
    ]);
  });
});
