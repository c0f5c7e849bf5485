/**
 * `readInfrastructure(text)`: Terraform or ROS text → a source-neutral plan of resources, with secrets
 * gone, references resolved to addresses, regions inferred and a zone proposal per vSwitch. Nothing is
 * decided about the diagram yet: that is `buildImportedDiagram`'s, after the user confirmed the zones.
 */
import { sourceOfValue } from './detect.ts';
import { Fields, type Index } from './fields.ts';
import { commonFields, mapperFor } from './mapping.ts';
import { parseInfraText } from './parse-text.ts';
import { isRecord, type RawRead, type RawResource } from './raw.ts';
import { readRos } from './ros.ts';
import { readTerraform } from './terraform.ts';
import type { ImportedResource, ReadInfrastructureOptions, ReadInfrastructureResult } from './types.ts';
import { proposeZone } from './zones.ts';

/** Attributes whose values are secondary ids of a resource (a NAT gateway's SNAT table). */
const SECONDARY_IDS = ['snat_table_ids', 'forward_table_ids', 'allocation_id', 'bucket', 'ip_address', 'project_name', 'dns_name', 'domain', 'cname', 'address'];

function buildIndex(raws: RawResource[]): Index {
  const byId = new Map<string, string>();
  const byGroup = new Map<string, string[]>();
  const addresses = new Set<string>();
  for (const r of raws) {
    addresses.add(r.address);
    const list = byGroup.get(r.group);
    if (list) list.push(r.address);
    else byGroup.set(r.group, [r.address]);
    // Settings resources may reuse their target's id (a backup policy's id is its instance's): the
    // first resource with an id keeps it.
    if (r.id && !byId.has(r.id)) byId.set(r.id, r.address);
  }
  for (const r of raws) {
    for (const name of SECONDARY_IDS) {
      const v = r.values[name];
      for (const s of typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : []) {
        if (typeof s === 'string' && s && !byId.has(s)) byId.set(s, r.address);
      }
    }
  }
  return { byId, byGroup, addresses };
}

/** `cn-hangzhou-h` → `cn-hangzhou`; `cn-shanghai-finance-1z` → `cn-shanghai-finance-1`. */
export function regionOfZone(zone: string): string | undefined {
  const trimmed = zone.replace(/-?[a-z]$/, '');
  return /^[a-z0-9-]+$/.test(trimmed) && trimmed.includes('-') ? trimmed : undefined;
}

function mapResources(read: RawRead): ImportedResource[] {
  const index = buildIndex(read.resources);
  return read.resources.map((raw) => {
    const mapper = mapperFor(raw.type);
    const f = new Fields(raw, index);
    const mapped = mapper?.(f);
    const common = commonFields(f, mapped?.kind);
    const refs = { ...common.refs };
    for (const [role, list] of Object.entries(mapped?.refs ?? {})) if (list && list.length > 0) refs[role as keyof typeof refs] = list;
    const region = raw.region ?? mapped?.region;
    return {
      address: raw.address,
      group: raw.group,
      type: raw.type,
      ...(mapped ? { kind: mapped.kind } : {}),
      ...(mapped?.product ? { product: mapped.product } : {}),
      ...(mapped?.partOf ? { partOf: mapped.partOf } : {}),
      ...(common.name !== undefined ? { name: common.name } : {}),
      ...(common.description !== undefined ? { description: common.description } : {}),
      tags: common.tags,
      ...(region ? { region } : {}),
      zoneIds: common.zoneIds,
      refs,
      attrs: mapped?.attrs ?? {},
      ...(raw.id ? { id: raw.id } : {}),
    };
  });
}

/** Regions: the resource's own, its zones', else those of what it refers to (VPC, vSwitch, instance). */
function inferRegions(resources: ImportedResource[]): void {
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  for (const r of resources) {
    if (r.region) continue;
    const fromZone = r.zoneIds.map(regionOfZone).find(Boolean);
    if (fromZone) r.region = fromZone;
  }
  // VPCs take the region of their vSwitches, then everything takes its references' regions.
  for (const r of resources) {
    if (r.kind !== 'vswitch' || !r.region) continue;
    for (const vpc of r.refs.vpc ?? []) {
      const v = byAddress.get(vpc);
      if (v && !v.region) v.region = r.region;
    }
  }
  for (let pass = 0; pass < 3; pass++) {
    for (const r of resources) {
      if (r.region) continue;
      for (const role of ['vswitch', 'vpc', 'instance', 'loadBalancer', 'securityGroup', 'natGateway', 'target', 'source'] as const) {
        const found = (r.refs[role] ?? []).map((a) => byAddress.get(a)?.region).find(Boolean);
        if (found) {
          r.region = found;
          break;
        }
      }
    }
  }
}

export function readInfrastructure(text: string, options: ReadInfrastructureOptions = {}): ReadInfrastructureResult {
  const parsed = parseInfraText(text);
  if (!parsed.ok) return parsed;
  const detected = sourceOfValue(parsed.value);
  if (detected === null || (options.from !== undefined && options.from !== detected)) {
    const expected = options.from ?? 'terraform, ros';
    return { ok: false, errors: [{ key: 'import.error.unknownSource', params: { expected, found: detected ?? '-' }, location: { kind: 'path', path: '$' } }] };
  }
  if (!isRecord(parsed.value)) return { ok: false, errors: [{ key: 'import.error.unknownSource', params: { expected: detected, found: '-' }, location: { kind: 'path', path: '$' } }] };
  const result = detected === 'terraform' ? readTerraform(parsed.value) : readRos(parsed.value);
  if (!result.ok) return result;
  const { read } = result;
  const resources = mapResources(read);
  inferRegions(resources);
  const vswitches = resources.filter((r) => r.kind === 'vswitch');
  const zoneProposals = vswitches.map((v) =>
    proposeZone(
      v,
      resources.filter((r) => r.kind === 'product' && (r.refs.vswitch ?? []).includes(v.address)),
    ),
  );
  return {
    ok: true,
    plan: { source: detected, formatVersion: read.formatVersion, document: read.document, resources, zoneProposals, secretsDropped: read.secretsDropped, warnings: read.warnings },
  };
}
