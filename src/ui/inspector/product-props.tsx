/**
 * The controls for a product's props, as its catalog entry lists them: edition select, toggles,
 * encryption select, a number with limits. Shared by the single and the multi-selection panels.
 */
import type { Product } from '../../core/catalog/types.ts';
import { MAX_SPEC_LENGTH, RETENTION_DAYS_RANGE } from '../../core/standard/limits.ts';
import { ENCRYPTION_MODES, PRODUCT_PROP_NAMES, type EncryptionMode, type ProductNode, type ProductPropName } from '../../core/model/types.ts';
import { useSession } from '../editor/editor-context.tsx';
import * as commands from '../../session/commands/index.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { CheckboxField, IntegerField, SelectField, TextField } from './fields.tsx';

/** The props every one of these products accepts, in the format's order. */
export function commonProps(products: readonly Product[]): ProductPropName[] {
  return PRODUCT_PROP_NAMES.filter((prop) => products.every((p) => prop in p.props && (prop !== 'edition' || p.id === products[0]!.id)));
}

/** The value shown for a prop: the node's own, else the catalog default; `mixed` when they differ. */
function shownValue(nodes: readonly ProductNode[], product: Product, prop: ProductPropName): { value: unknown; mixed: boolean } {
  const values = nodes.map((n) => n.props?.[prop] ?? (prop === 'edition' ? product.editions?.default : product.props[prop] ?? undefined));
  return { value: values[0], mixed: values.some((v) => v !== values[0]) };
}

export function ProductPropsFields({ nodes, products }: { nodes: readonly ProductNode[]; products: readonly Product[] }) {
  const t = useT();
  const local = useLocalized();
  const session = useSession();
  const ids = nodes.map((n) => n.id);
  const set = (prop: ProductPropName, value: unknown) =>
    session.run(commands.editNodes, { ids, patch: { props: { [prop]: value } }, field: prop });
  const first = products[0]!;
  return (
    <>
      {commonProps(products).map((prop) => {
        const { value, mixed } = shownValue(nodes, first, prop);
        const label = t(`prop.${prop}`);
        switch (prop) {
          case 'edition':
            return (
              <SelectField
                key={prop}
                label={label}
                value={mixed ? '' : String(value)}
                options={[...(mixed ? [{ value: '', label: t('inspector.mixed') }] : []), ...first.editions!.list.map((e) => ({ value: e.id, label: local(e.name) }))]}
                commit={(v) => v !== '' && set(prop, v)}
              />
            );
          case 'spec':
            return (
              <TextField
                key={prop}
                label={label}
                value={mixed ? '' : String(value ?? '')}
                {...(mixed ? { placeholder: t('inspector.mixed') } : {})}
                maxLength={MAX_SPEC_LENGTH}
                commit={(v) => set(prop, v === '' ? undefined : v)}
              />
            );
          case 'encryption':
            return (
              <SelectField<EncryptionMode>
                key={prop}
                label={label}
                value={mixed ? '' : (value as EncryptionMode)}
                options={[...(mixed ? [{ value: '' as const, label: t('inspector.mixed') }] : []), ...ENCRYPTION_MODES.map((m) => ({ value: m, label: t(`encryption.${m}`) }))]}
                commit={(v) => v !== '' && set(prop, v)}
              />
            );
          case 'retentionDays':
            return (
              <IntegerField
                key={prop}
                label={label}
                value={mixed ? undefined : (value as number)}
                range={RETENTION_DAYS_RANGE}
                commit={(v) => v !== undefined && set(prop, v)}
              />
            );
          default:
            return <CheckboxField key={prop} label={label} checked={!mixed && value === true} mixed={mixed} commit={(v) => set(prop, v)} />;
        }
      })}
    </>
  );
}
