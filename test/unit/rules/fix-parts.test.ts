/**
 * The small pieces quick fixes are made of, one condition at a time (issue 16): the key that groups
 * findings one change resolves, what a rerouted edge keeps, and the encrypted form of a plaintext
 * connection (protocol, port, label, the edge after the change).
 */
import { describe, expect, it } from 'vitest';
import { encryptedVariant, variantLabel, withEncryption } from '../../../src/core/rules/fixes/edge-protocol.ts';
import { fixKey, type Fix } from '../../../src/core/rules/fixes/fix.ts';
import { fixRef } from '../../../src/core/rules/fixes/fix-refs.ts';
import { wireOf } from '../../../src/core/rules/fixes/wire.ts';
import type { DiagramEdge } from '../../../src/core/model/types.ts';

const edge = (fields: Partial<DiagramEdge> = {}): DiagramEdge => ({ id: 'e', source: 'a', target: 'b', kind: 'traffic', ...fields });

describe('fixKey', () => {
  it('gives each change its own key, with the node or edge id last', () => {
    const keys: [Fix, string][] = [
      [{ kind: 'add-product', product: 'kms' }, 'add:kms'],
      [{ kind: 'add-product', product: 'security_center' }, 'add:security_center'],
      [{ kind: 'add-mgmt-zone' }, 'add:mgmt_zone'],
      [{ kind: 'add-db-audit', vpc: 'v1' }, 'add:db_audit:v1'],
      [{ kind: 'sls-retention' }, 'sls:retention'],
      [{ kind: 'route-bastion' }, 'bastion:route'],
      [{ kind: 'move-to-mgmt', node: 'n1' }, 'move:mgmt:n1'],
      [{ kind: 'insert-boundary', product: 'waf', fromOutside: false }, 'insert:waf'],
      [{ kind: 'insert-boundary', product: 'cloud_firewall', fromOutside: true }, 'insert-outside:cloud_firewall'],
      [{ kind: 'set-prop', node: 'n1', prop: 'ssl' }, 'prop:ssl:n1'],
      [{ kind: 'set-edge', edge: 'e1', set: 'realtime' }, 'edge:realtime:e1'],
      [{ kind: 'add-dr-site', node: 'n1' }, 'dr:site:n1'],
    ];
    expect(keys.map(([fix]) => fixKey(fix))).toEqual(keys.map(([, key]) => key));
  });
});

describe('wireOf', () => {
  it('keeps protocol, port and encrypted, only those the edge sets', () => {
    expect(wireOf(edge({ protocol: 'HTTPS', port: 443, encrypted: false, label: 'x', kind: 'management' }))).toEqual({ protocol: 'HTTPS', port: 443, encrypted: false });
    expect(Object.keys(wireOf(edge()))).toEqual([]);
  });
});

describe('encryptedVariant', () => {
  it('keeps an encrypted protocol that only encrypted: false had turned off', () => {
    expect(encryptedVariant(edge({ protocol: 'SSH', port: 2222, encrypted: false }))).toEqual({ protocol: 'SSH' });
  });

  it('keeps RDP and database protocols, switching their own TLS on', () => {
    expect(encryptedVariant(edge({ protocol: 'RDP', port: 3389 }))).toEqual({ protocol: 'RDP', encrypted: true });
    expect(encryptedVariant(edge({ protocol: 'MySQL', port: 3306 }))).toEqual({ protocol: 'MySQL', encrypted: true });
  });

  it('into a database: TLS on whatever protocol (or none) the edge names, except the plaintext ones that have an encrypted form', () => {
    // No protocol named: none is added (the key is absent, not undefined).
    expect(encryptedVariant(edge(), true)).toStrictEqual({ encrypted: true });
    expect(encryptedVariant(edge({ protocol: 'TCP', port: 3306 }), true)).toEqual({ protocol: 'TCP', encrypted: true });
    expect(encryptedVariant(edge({ protocol: 'HTTP' }), true)).toEqual({ protocol: 'HTTPS' });
    expect(encryptedVariant(edge({ protocol: 'FTP' }), true)).toEqual({ protocol: 'SFTP' });
    expect(encryptedVariant(edge({ protocol: 'Telnet' }), true)).toEqual({ protocol: 'SSH' });
  });

  it('switches HTTP to HTTPS, FTP to SFTP, Telnet to SSH, administration to SSH, other traffic to TLS (none named: HTTPS)', () => {
    expect(encryptedVariant(edge({ protocol: 'HTTP' }))).toEqual({ protocol: 'HTTPS' });
    expect(encryptedVariant(edge({ protocol: 'FTP' }))).toEqual({ protocol: 'SFTP' });
    expect(encryptedVariant(edge({ protocol: 'Telnet' }))).toEqual({ protocol: 'SSH' });
    expect(encryptedVariant(edge({ protocol: 'TCP', kind: 'management' }))).toEqual({ protocol: 'SSH' });
    expect(encryptedVariant(edge({ kind: 'management' }))).toEqual({ protocol: 'SSH' });
    expect(encryptedVariant(edge({ protocol: 'TCP' }))).toEqual({ protocol: 'TLS' });
    expect(encryptedVariant(edge())).toEqual({ protocol: 'HTTPS' });
  });

  it('moves another protocol\'s well-known port to the new protocol\'s, keeps a custom or fitting port, and drops one with no counterpart', () => {
    expect(encryptedVariant(edge({ protocol: 'HTTP', port: 80 }))).toEqual({ protocol: 'HTTPS', port: 443 });
    expect(encryptedVariant(edge({ protocol: 'Telnet', port: 23 }))).toEqual({ protocol: 'SSH', port: 22 });
    expect(encryptedVariant(edge({ protocol: 'FTP', port: 21 }))).toEqual({ protocol: 'SFTP', port: 22 });
    expect(encryptedVariant(edge({ protocol: 'HTTP', port: 8080 }))).toEqual({ protocol: 'HTTPS', port: 8080 });
    expect(encryptedVariant(edge({ protocol: 'TCP', port: 443 }))).toEqual({ protocol: 'TLS', port: 443 });
    // 80 names HTTP; TLS has no well-known port of its own, so the port goes.
    expect(encryptedVariant(edge({ protocol: 'TCP', port: 80 }))).toStrictEqual({ protocol: 'TLS' });
    expect(encryptedVariant(edge({ protocol: 'TCP', port: 3389, kind: 'management' }))).toEqual({ protocol: 'SSH', port: 22 });
  });
});

describe('variantLabel and withEncryption', () => {
  it('labels a variant as users read it', () => {
    expect(variantLabel({ encrypted: true })).toBe('TLS');
    expect(variantLabel({ protocol: 'RDP', encrypted: true })).toBe('RDP (TLS)');
    expect(variantLabel({ protocol: 'HTTPS', port: 443 })).toBe('HTTPS');
  });

  it('applies a variant: new protocol and port, an explicit encrypted: false dropped, the rest kept', () => {
    expect(withEncryption(edge({ protocol: 'HTTP', port: 80, label: 'api', encrypted: false }), { protocol: 'HTTPS', port: 443 }))
      .toEqual({ id: 'e', source: 'a', target: 'b', kind: 'traffic', label: 'api', protocol: 'HTTPS', port: 443 });
    // The protocol stays: so does the port, and TLS is switched on.
    expect(withEncryption(edge({ protocol: 'MySQL', port: 3307 }), { protocol: 'MySQL', encrypted: true }))
      .toEqual({ id: 'e', source: 'a', target: 'b', kind: 'traffic', protocol: 'MySQL', port: 3307, encrypted: true });
    // No protocol named, none set: only TLS on.
    expect(withEncryption(edge({ port: 5000 }), { encrypted: true })).toStrictEqual({ id: 'e', source: 'a', target: 'b', kind: 'traffic', port: 5000, encrypted: true });
    // A protocol change without a port drops the old one.
    expect(Object.keys(withEncryption(edge({ protocol: 'TCP', port: 80 }), { protocol: 'TLS' }))).toEqual(['id', 'source', 'target', 'kind', 'protocol']);
  });
});

describe('fixRef', () => {
  const node = { zh: '节点', en: 'node' };
  it('words each change with its own message and the names it needs', () => {
    const offers = [
      [fixRef.securityCenter(node), 'fix.securityCenter.upgrade', { node }],
      [fixRef.securityCenter(), 'fix.securityCenter.add', {}],
      [fixRef.cloudMonitor(), 'fix.cloudMonitor', {}],
      [fixRef.actionTrail(), 'fix.actionTrail', {}],
      [fixRef.kms(), 'fix.kms', {}],
      [fixRef.mgmtZone(), 'fix.mgmtZone', {}],
      [fixRef.dbAudit('v', node), 'fix.dbAudit', { vpc: node }],
      [fixRef.slsRetention(), 'fix.slsRetention', {}],
      [fixRef.bastion(), 'fix.bastion', {}],
      [fixRef.moveToMgmt('n', node), 'fix.moveToMgmt', { node }],
      [fixRef.insert('waf'), 'fix.insert.waf', {}],
      [fixRef.insertOutside(), 'fix.insertOutside.cloud_firewall', {}],
      [fixRef.serverRedundancy('n', node), 'fix.prop.multiAZServer', { node }],
      [fixRef.prop('ssl', 'n', node), 'fix.prop.ssl', { node }],
      [fixRef.encryptEdge('e', node, 'HTTPS'), 'fix.encryptEdge', { edge: node, protocol: 'HTTPS' }],
      [fixRef.realtimeBackup('e', node), 'fix.realtimeBackup', { edge: node }],
      [fixRef.drSite('n', node, node), 'fix.drSite', { node, region: node }],
    ] as const;
    for (const [offer, key, params] of offers) expect([offer.messageKey, offer.params], key).toEqual([key, params]);
    expect(fixRef.serverRedundancy('n', node).change).toEqual(fixRef.prop('multiAZ', 'n', node).change);
  });
});
