import { nodeKindName } from '../../core/catalog/names.ts';
import { MAX_LABEL_LENGTH, QUANTITY_RANGE } from '../../core/standard/limits.ts';
import type { DiagramNode } from '../../core/model/types.ts';
import { useCatalog, useSession } from '../editor/editor-context.tsx';
import * as commands from '../../session/commands/index.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { CatalogIcon } from '../icons/CatalogIcon.tsx';
import { IntegerField, TextField } from './fields.tsx';
import { ProductPropsFields } from './product-props.tsx';
import { ZoneFields } from './ZoneFields.tsx';

/** One product or zone: its name, what it is, and every property its catalog entry lists. */
export function NodePanel({ node }: { node: DiagramNode }) {
  const t = useT();
  const local = useLocalized();
  const catalog = useCatalog();
  const session = useSession();
  const kindName = local(nodeKindName(node, catalog));
  const icon = node.kind === 'zone' ? catalog.zone(node.zone).icon : catalog.product(node.product)?.icon;
  const product = node.kind === 'product' ? catalog.product(node.product) : undefined;
  return (
    <section className="inspector__section" aria-label={kindName}>
      <h3 className="inspector__heading">
        {icon && <CatalogIcon svg={icon} size={20} />}
        <span>{kindName}</span>
      </h3>
      {product && <p className="inspector__description">{local(product.description)}</p>}
      <TextField
        key={`${node.id}:label`}
        label={t('inspector.label')}
        value={node.label ?? ''}
        placeholder={t('inspector.labelPlaceholder', { name: kindName })}
        maxLength={MAX_LABEL_LENGTH}
        commit={(v) => session.run(commands.editNodes, { ids: [node.id], patch: { label: v === '' ? undefined : v }, field: 'label' })}
      />
      {node.kind === 'product' && product && (
        <>
          <IntegerField
            key={`${node.id}:quantity`}
            label={t('inspector.quantity')}
            value={node.quantity}
            range={QUANTITY_RANGE}
            optional
            placeholder="1"
            commit={(v) => session.run(commands.editNodes, { ids: [node.id], patch: { quantity: v }, field: 'quantity' })}
          />
          <ProductPropsFields key={node.id} nodes={[node]} products={[product]} />
        </>
      )}
      {node.kind === 'zone' && <ZoneFields key={node.id} zone={node} />}
    </section>
  );
}
