/**
 * ROS templates (JSON or YAML, already parsed): `Resources` with `Type: ALIYUN::…` and `Properties`;
 * `Ref` to a parameter takes its `Default` (never a `NoEcho` one: that is a secret), `Ref` and
 * `Fn::GetAtt` to a resource become references; other functions are evaluated where that is plain
 * (`Fn::Join`, `Fn::Select`) and otherwise only give up their references.
 */
import { isRecord, type RawRead, type RawResource } from './raw.ts';
import { scrub } from './secrets.ts';
import type { ImportError } from './types.ts';

interface Context {
  resources: Set<string>;
  parameters: Record<string, unknown>;
  secretParameters: Set<string>;
  dropped: number;
}

function resolve(value: unknown, ctx: Context, refs: Set<string>, depth = 0): unknown {
  if (depth > 48) return undefined;
  if (Array.isArray(value)) return value.map((v) => resolve(v, ctx, refs, depth + 1)).filter((v) => v !== undefined);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0]!;
    const arg = value[key];
    if (key === 'Ref' && typeof arg === 'string') {
      if (ctx.resources.has(arg)) {
        refs.add(arg);
        return undefined;
      }
      if (ctx.secretParameters.has(arg)) {
        ctx.dropped++;
        return undefined;
      }
      return Object.hasOwn(ctx.parameters, arg) ? ctx.parameters[arg] : undefined;
    }
    if (key === 'Fn::GetAtt') {
      const target = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
      if (typeof target === 'string' && ctx.resources.has(target)) refs.add(target);
      return undefined;
    }
    if (key === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
      const parts = (arg[1] as unknown[]).map((p) => resolve(p, ctx, refs, depth + 1));
      return parts.every((p) => typeof p === 'string' || typeof p === 'number') ? parts.join(arg[0]) : undefined;
    }
    if (key === 'Fn::Select' && Array.isArray(arg) && arg.length === 2) {
      const index = resolve(arg[0], ctx, refs, depth + 1);
      const list = resolve(arg[1], ctx, refs, depth + 1);
      return Array.isArray(list) && (typeof index === 'number' || typeof index === 'string') ? list[Number(index)] : undefined;
    }
    if (key.startsWith('Fn::')) {
      resolve(arg, ctx, refs, depth + 1);
      return undefined;
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const r = resolve(v, ctx, refs, depth + 1);
    if (r !== undefined) out[k] = r;
  }
  return out;
}

export function readRos(doc: Record<string, unknown>): { ok: true; read: RawRead } | { ok: false; errors: ImportError[] } {
  const version = doc['ROSTemplateFormatVersion'];
  const resourcesValue = doc['Resources'];
  if (!isRecord(resourcesValue)) {
    return { ok: false, errors: [{ key: 'import.error.rosNoResources', params: {}, location: { kind: 'path', path: '$.Resources' } }] };
  }
  const ctx: Context = { resources: new Set(Object.keys(resourcesValue)), parameters: {}, secretParameters: new Set(), dropped: 0 };
  const parameters = doc['Parameters'];
  if (isRecord(parameters)) {
    for (const [name, p] of Object.entries(parameters)) {
      if (!isRecord(p)) continue;
      if (p['NoEcho'] === true || p['NoEcho'] === 'true' || /password|secret|accesskey/i.test(name)) {
        ctx.secretParameters.add(name);
        continue;
      }
      if ('Default' in p) ctx.parameters[name] = p['Default'];
    }
  }
  const warnings: ImportError[] = [];
  const resources: RawResource[] = [];
  for (const [logicalId, r] of Object.entries(resourcesValue)) {
    if (!isRecord(r) || typeof r['Type'] !== 'string') {
      warnings.push({ key: 'import.warning.badResource', params: {}, location: { kind: 'path', path: `$.Resources.${logicalId}` } });
      continue;
    }
    const scrubbed = scrub(isRecord(r['Properties']) ? r['Properties'] : {});
    ctx.dropped += scrubbed.dropped;
    const attrRefs: Record<string, string[]> = {};
    const values: Record<string, unknown> = {};
    for (const [attr, raw] of Object.entries(scrubbed.value as Record<string, unknown>)) {
      const refs = new Set<string>();
      const value = resolve(raw, ctx, refs);
      if (value !== undefined) values[attr] = value;
      if (refs.size > 0) attrRefs[attr] = [...refs];
    }
    // ROS `Count` makes several copies of a resource: one group of that many.
    const count = resolve(r['Count'], ctx, new Set());
    if (typeof count === 'number' && Number.isInteger(count) && count > 1) values['__count'] = count;
    resources.push({ address: logicalId, group: logicalId, type: r['Type'], values, attrRefs });
  }
  return { ok: true, read: { document: 'template', formatVersion: typeof version === 'string' ? version : '', resources, secretsDropped: ctx.dropped, warnings } };
}
