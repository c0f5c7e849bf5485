/**
 * Terraform's JSON output (`terraform show -json`, format_version 1.x): a state (`values.root_module`
 * with `child_modules` recursively) or a plan (`planned_values`, and `configuration` for references
 * whose ids are not known yet). Managed resources only; data sources are read by Terraform, not owned.
 */
import { isRecord, type RawRead, type RawResource } from './raw.ts';
import { scrub } from './secrets.ts';
import type { ImportError } from './types.ts';

const MAX_MODULE_DEPTH = 32;

/** `alicloud_vswitch.app.id` → `alicloud_vswitch.app`; `module.m.x.y[0].id` (with prefix) likewise; others undefined. */
export function referenceAddress(reference: string, modulePrefix: string): string | undefined {
  const match = /^((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*)([A-Za-z][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]*\])?/.exec(reference);
  if (!match) return undefined;
  const [, modules, type, name, index] = match;
  if (modules) return undefined; // a module's output: not a resource
  if (['var', 'local', 'count', 'each', 'path', 'terraform', 'data', 'self'].includes(type!)) return undefined;
  return `${modulePrefix}${type}.${name}${index ?? ''}`;
}

interface ConfigInfo {
  refs: Record<string, string[]>;
  providerKey?: string;
}

/**
 * What references resolve through: a module's input variables (→ what the module call passes) and the
 * modules' outputs (`module.web.instance_ids` with its module prefix → what the output refers to).
 */
interface Scope {
  vars: Map<string, string[]>;
  outputs: Map<string, string[]>;
}

function collectReferences(expression: unknown, prefix: string, into: Set<string>, scope: Scope, depth = 0): void {
  if (depth > 32) return;
  if (Array.isArray(expression)) {
    for (const item of expression) collectReferences(item, prefix, into, scope, depth + 1);
    return;
  }
  if (!isRecord(expression)) return;
  const refs = expression['references'];
  if (Array.isArray(refs)) {
    for (const r of refs) {
      if (typeof r !== 'string') continue;
      const variable = /^var\.([A-Za-z0-9_-]+)/.exec(r);
      if (variable) {
        for (const a of scope.vars.get(variable[1]!) ?? []) into.add(a);
        continue;
      }
      const output = /^((?:module\.[A-Za-z0-9_-]+\.)+)([A-Za-z0-9_-]+)(\[[^\]]*\])?/.exec(r);
      if (output) {
        // `module.net.vswitch_ids["biz"]`: the output's instance of that key, when it is a group's.
        for (const a of scope.outputs.get(`${prefix}${output[1]}${output[2]}`) ?? []) into.add(output[3] && !a.endsWith(']') ? `${a}${output[3]}` : a);
        continue;
      }
      const address = referenceAddress(r, prefix);
      if (address) into.add(address);
    }
  }
  for (const [key, value] of Object.entries(expression)) {
    if (key !== 'references' && key !== 'constant_value') collectReferences(value, prefix, into, scope, depth + 1);
  }
}

/** Configuration resources by group address: their attribute references and provider key. */
function readConfiguration(module: unknown, prefix: string, out: Map<string, ConfigInfo>, scope: Scope, depth = 0): void {
  if (!isRecord(module) || depth > MAX_MODULE_DEPTH) return;
  // Module calls first: the resources here may refer to their outputs.
  const calls = module['module_calls'];
  if (isRecord(calls)) {
    for (const [name, call] of Object.entries(calls)) {
      if (!isRecord(call)) continue;
      // The call's arguments are the module's variables: `var.x` inside refers to what they refer to.
      const inner = new Map<string, string[]>();
      const innerScope: Scope = { vars: inner, outputs: scope.outputs };
      const expressions = call['expressions'];
      if (isRecord(expressions)) {
        for (const [variable, expression] of Object.entries(expressions)) {
          const set = new Set<string>();
          collectReferences(expression, prefix, set, scope);
          if (set.size > 0) inner.set(variable, [...set]);
        }
      }
      const innerPrefix = `${prefix}module.${name}.`;
      readConfiguration(call['module'], innerPrefix, out, innerScope, depth + 1);
      const moduleOutputs = isRecord(call['module']) ? call['module']['outputs'] : undefined;
      if (isRecord(moduleOutputs)) {
        for (const [output, value] of Object.entries(moduleOutputs)) {
          const set = new Set<string>();
          if (isRecord(value)) collectReferences(value['expression'], innerPrefix, set, innerScope);
          scope.outputs.set(`${innerPrefix}${output}`, [...set]);
        }
      }
    }
  }
  const resources = module['resources'];
  if (Array.isArray(resources)) {
    for (const r of resources) {
      if (!isRecord(r) || typeof r['address'] !== 'string' || r['mode'] === 'data') continue;
      const refs: Record<string, string[]> = {};
      const expressions = r['expressions'];
      if (isRecord(expressions)) {
        for (const [attr, expression] of Object.entries(expressions)) {
          const set = new Set<string>();
          collectReferences(expression, prefix, set, scope);
          if (set.size > 0) refs[attr] = [...set];
        }
      }
      out.set(`${prefix}${r['address']}`, { refs, ...(typeof r['provider_config_key'] === 'string' ? { providerKey: r['provider_config_key'] } : {}) });
    }
  }
}

function providerRegions(configuration: unknown): Map<string, string> {
  const regions = new Map<string, string>();
  if (!isRecord(configuration)) return regions;
  const providers = configuration['provider_config'];
  if (!isRecord(providers)) return regions;
  for (const [key, provider] of Object.entries(providers)) {
    if (!isRecord(provider)) continue;
    const expressions = provider['expressions'];
    const region = isRecord(expressions) && isRecord(expressions['region']) ? expressions['region']['constant_value'] : undefined;
    if (typeof region === 'string') regions.set(key, region);
  }
  return regions;
}

/** `module.a.alicloud_instance.x[0]` → `module.a.alicloud_instance.x`. */
export function groupOf(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

export function readTerraform(doc: Record<string, unknown>): { ok: true; read: RawRead } | { ok: false; errors: ImportError[] } {
  const version = doc['format_version'];
  if (typeof version !== 'string' || !/^1(\.\d+)*$/.test(version)) {
    return { ok: false, errors: [{ key: 'import.error.terraformVersion', params: { found: String(version), supported: '1.x' }, location: { kind: 'path', path: '$.format_version' } }] };
  }
  const isPlan = 'planned_values' in doc || 'resource_changes' in doc;
  const root = isPlan ? doc['planned_values'] : doc['values'];
  const warnings: ImportError[] = [];
  const config = new Map<string, ConfigInfo>();
  const regions = providerRegions(doc['configuration']);
  if (isRecord(doc['configuration'])) readConfiguration(doc['configuration']['root_module'], '', config, { vars: new Map(), outputs: new Map() });

  const resources: RawResource[] = [];
  let secretsDropped = 0;
  const walk = (module: unknown, path: string, depth: number): void => {
    if (!isRecord(module)) return;
    if (depth > MAX_MODULE_DEPTH) {
      warnings.push({ key: 'import.warning.tooDeep', params: {}, location: { kind: 'path', path } });
      return;
    }
    const list = module['resources'];
    if (Array.isArray(list)) {
      list.forEach((r, i) => {
        if (!isRecord(r) || r['mode'] === 'data') return;
        const address = r['address'];
        const type = r['type'];
        if (typeof address !== 'string' || typeof type !== 'string') {
          warnings.push({ key: 'import.warning.badResource', params: {}, location: { kind: 'path', path: `${path}.resources[${i}]` } });
          return;
        }
        const scrubbed = scrub(isRecord(r['values']) ? r['values'] : {}, r['sensitive_values']);
        secretsDropped += scrubbed.dropped;
        const values = scrubbed.value as Record<string, unknown>;
        const group = groupOf(address);
        const info = config.get(group);
        const region = info?.providerKey !== undefined ? (regions.get(info.providerKey) ?? regions.get(info.providerKey.replace(/^.*:/, ''))) : regions.get('alicloud');
        const id = typeof values['id'] === 'string' ? values['id'] : undefined;
        resources.push({ address, group, type, values, attrRefs: info?.refs ?? {}, ...(id ? { id } : {}), ...(region ? { region } : {}) });
      });
    }
    const children = module['child_modules'];
    if (Array.isArray(children)) children.forEach((c, i) => walk(c, `${path}.child_modules[${i}]`, depth + 1));
  };
  const rootPath = isPlan ? '$.planned_values.root_module' : '$.values.root_module';
  if (isRecord(root)) walk(root['root_module'], rootPath, 0);
  // Values a plan's other parts hold (prior state, variables, outputs, `before` of changes) are
  // never read: only what the planned system will be.
  return { ok: true, read: { document: isPlan ? 'plan' : 'state', formatVersion: version, resources, secretsDropped, warnings } };
}
