/**
 * The security-zone kind proposed for each vSwitch, and why: words in its name, tags or description
 * first (dmz, web, app, db, 管理 …), else the products it holds (only databases → data, a bastion host
 * → mgmt …), else `app` with "no hint". The user confirms or changes each in the import dialog.
 */
import type { SecurityZoneKind } from '../model/types.ts';
import type { ImportedResource, ZoneProposal } from './types.ts';

/** Latin words match whole tokens of a name (`vsw-web-a`); Chinese words match anywhere. */
const WORDS: [SecurityZoneKind, string[], string[]][] = [
  ['backup', ['backup', 'dr', 'disaster', 'bak'], ['灾备', '备份', '容灾']],
  ['mgmt', ['mgmt', 'mgt', 'manage', 'management', 'admin', 'bastion', 'security', 'sec'], ['管理', '堡垒']],
  ['ops', ['ops', 'devops', 'oam', 'om'], ['运维']],
  ['dmz', ['dmz', 'web', 'access', 'edge', 'public', 'ingress', 'front', 'frontend', 'lb', 'slb'], ['接入', '前端', '公网']],
  ['data', ['db', 'data', 'database', 'rds', 'storage', 'cache', 'redis'], ['数据', '存储']],
  ['devtest', ['dev', 'test', 'staging', 'uat'], ['开发', '测试']],
  ['app', ['app', 'application', 'biz', 'business', 'service', 'svc', 'backend', 'api'], ['应用', '业务']],
];

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((t) => t.replace(/\d+$/, ''));
}

/**
 * The word that names the tier. Names are usually `<system>-<tier>` (`web3-app`, `shop-db-a`), so
 * tokens are read from the end and the first one that names a kind wins; Chinese words anywhere.
 */
function findWord(text: string): { kind: SecurityZoneKind; word: string } | undefined {
  for (const token of tokens(text).reverse()) {
    for (const [kind, latin] of WORDS) if (latin.includes(token)) return { kind, word: token };
  }
  for (const [kind, , chinese] of WORDS) {
    for (const w of chinese) if (text.includes(w)) return { kind, word: w };
  }
  return undefined;
}

const DATA_PRODUCTS = new Set(['rds', 'polardb', 'redis', 'mongodb', 'nas', 'oss']);
const DMZ_PRODUCTS = new Set(['slb', 'nat_gateway', 'vpn_gateway', 'eip']);
const MGMT_PRODUCTS = new Set(['bastionhost', 'db_audit']);

export function proposeZone(vswitch: ImportedResource, holds: ImportedResource[]): ZoneProposal {
  const base = { vswitch: vswitch.address, ...(vswitch.name ? { name: vswitch.name } : {}), ...(vswitch.attrs.cidr ? { cidr: vswitch.attrs.cidr } : {}) };
  const fields: [string, string | undefined][] = [
    ['name', vswitch.name],
    ...Object.entries(vswitch.tags).map(([k, v]): [string, string] => ['tag', `${k} ${v}`]),
    ['description', vswitch.description],
  ];
  for (const [field, text] of fields) {
    if (!text) continue;
    const hit = findWord(text);
    if (hit) return { ...base, kind: hit.kind, reason: { key: 'import.reason.word', params: { word: hit.word, field } } };
  }
  const products = [...new Set(holds.map((r) => r.product).filter((p): p is string => p !== undefined))].sort();
  if (products.length > 0) {
    const list = products.join(', ');
    if (products.some((p) => MGMT_PRODUCTS.has(p))) return { ...base, kind: 'mgmt', reason: { key: 'import.reason.bastion', params: { products: list } } };
    if (products.every((p) => DATA_PRODUCTS.has(p))) return { ...base, kind: 'data', reason: { key: 'import.reason.dataOnly', params: { products: list } } };
    if (products.every((p) => DMZ_PRODUCTS.has(p))) return { ...base, kind: 'dmz', reason: { key: 'import.reason.entryOnly', params: { products: list } } };
    if (products.some((p) => p === 'ecs' || p === 'ack')) return { ...base, kind: 'app', reason: { key: 'import.reason.compute', params: { products: list } } };
  }
  return { ...base, kind: 'app', reason: { key: 'import.reason.noHint', params: {} } };
}
