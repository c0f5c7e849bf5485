/**
 * The rows of the import dialog: one per vSwitch, with what it holds (product names and counts from
 * the plan) and the proposed zone kind with its reason, ready to translate.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { MessageKey, Params } from '../../core/i18n/translate.ts';
import type { ImportPlan } from '../../core/import/types.ts';
import type { Localized } from '../../core/model/localized.ts';
import type { SecurityZoneKind } from '../../core/model/types.ts';

export interface ZoneRow {
  vswitch: string;
  name: string;
  cidr: string;
  products: { name: Localized | string; count: number }[];
  proposed: SecurityZoneKind;
  reason: { key: MessageKey; params: Params };
}

const FIELDS: Record<string, MessageKey> = { name: 'import.field.name', tag: 'import.field.tag', description: 'import.field.description' };

/** The core names the field a word was found in (`name`, `tag`, `description`): said in the UI's language. */
function translatableReason(reason: { key: MessageKey; params: Params }, catalog: Catalog): { key: MessageKey; params: Params } {
  const params: Record<string, Params[string]> = { ...reason.params };
  const field = params['field'];
  if (typeof field === 'string' && FIELDS[field]) params['field'] = { key: FIELDS[field] };
  // The products a reason names come as catalog ids (`polardb, redis`): their names read better.
  const products = params['products'];
  if (typeof products === 'string') {
    const names = products.split(', ').map((id) => catalog.product(id)?.name ?? { zh: id, en: id });
    params['products'] = { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
  }
  return { key: reason.key, params };
}

export function zoneRows(plan: ImportPlan, catalog: Catalog): ZoneRow[] {
  return plan.zoneProposals.map((p) => {
    const counts = new Map<string, number>();
    for (const r of plan.resources) {
      if (r.kind !== 'product' || !r.product || !(r.refs.vswitch ?? []).includes(p.vswitch)) continue;
      counts.set(r.product, (counts.get(r.product) ?? 0) + (r.attrs.quantity ?? 1));
    }
    const products = [...counts].map(([id, count]) => ({ name: catalog.product(id)?.name ?? id, count }));
    return { vswitch: p.vswitch, name: p.name ?? p.vswitch, cidr: p.cidr ?? '', products, proposed: p.kind, reason: translatableReason(p.reason, catalog) };
  });
}
