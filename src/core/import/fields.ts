/**
 * Reading a raw resource's attributes by name, whatever the source calls them: each accessor takes
 * several names (Terraform's `vswitch_id`, ROS's `VSwitchId`) and returns the first that is set.
 * References come from the source's own links (a plan's configuration references, ROS `Ref`) and, in a
 * state, from ids found in the values.
 */
import { isRecord, type RawResource } from './raw.ts';

export interface Index {
  /** Provider id (and secondary ids such as a NAT gateway's SNAT table ids) → address. */
  byId: Map<string, string>;
  /** Group address → addresses in it. */
  byGroup: Map<string, string[]>;
  addresses: Set<string>;
}

const TRUE_WORDS = new Set(['true', 'enabled', 'enable', 'open', 'on', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'disabled', 'disable', 'close', 'closed', 'off', 'no', '0']);

function deepStrings(value: unknown, out: string[], depth = 0): void {
  if (depth > 16) return;
  if (typeof value === 'string') {
    // "vsw-a,vsw-b" (RDS multi-zone vSwitches) names several.
    for (const part of value.split(',')) if (part.trim()) out.push(part.trim());
  } else if (Array.isArray(value)) for (const v of value) deepStrings(v, out, depth + 1);
  else if (isRecord(value)) for (const v of Object.values(value)) deepStrings(v, out, depth + 1);
}

export class Fields {
  constructor(
    readonly raw: RawResource,
    private readonly index: Index,
  ) {}

  get(...names: string[]): unknown {
    for (const name of names) {
      const value = this.raw.values[name];
      if (value !== undefined && value !== null && value !== '') return value;
    }
    return undefined;
  }

  str(...names: string[]): string | undefined {
    const value = this.get(...names);
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  }

  num(...names: string[]): number | undefined {
    const value = this.get(...names);
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return Number.isFinite(n) ? n : undefined;
  }

  bool(...names: string[]): boolean | undefined {
    const value = this.get(...names);
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number') return value !== 0;
    if (typeof value === 'string') {
      const word = value.toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
    }
    return undefined;
  }

  list(...names: string[]): unknown[] {
    const value = this.get(...names);
    if (Array.isArray(value)) return value;
    if (value === undefined) return [];
    return [value];
  }

  /** First block of a nested block list (`server_side_encryption_rule[0]`) or an object. */
  block(...names: string[]): Fields {
    const value = this.get(...names);
    const first = Array.isArray(value) ? value[0] : value;
    return new Fields({ ...this.raw, values: isRecord(first) ? first : {}, attrRefs: {} }, this.index);
  }

  blocks(...names: string[]): Fields[] {
    return this.list(...names)
      .filter(isRecord)
      .map((b) => new Fields({ ...this.raw, values: b, attrRefs: {} }, this.index));
  }

  /** Addresses that `address` (possibly a group) stands for. */
  private expand(address: string): string[] {
    if (this.index.addresses.has(address)) return [address];
    return this.index.byGroup.get(address) ?? this.index.byGroup.get(address.replace(/\[[^\]]*\]$/, '')) ?? [];
  }

  /** Addresses the named attributes refer to (anywhere inside them). */
  refs(...names: string[]): string[] {
    const out = new Set<string>();
    for (const name of names) {
      for (const a of this.raw.attrRefs[name] ?? []) for (const e of this.expand(a)) if (e !== this.raw.address) out.add(e);
      const strings: string[] = [];
      deepStrings(this.raw.values[name], strings);
      for (const s of strings) {
        const address = this.index.byId.get(s);
        if (address !== undefined && address !== this.raw.address) out.add(address);
      }
    }
    return [...out];
  }

  /** Strings found in the named attributes (ids, names, IPs), for matching by value. */
  strings(...names: string[]): string[] {
    const out: string[] = [];
    for (const name of names) deepStrings(this.raw.values[name], out);
    return out;
  }
}
