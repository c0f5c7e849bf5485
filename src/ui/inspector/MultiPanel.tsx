import type { Product } from '../../core/catalog/types.ts';
import { QUANTITY_RANGE } from '../../core/standard/limits.ts';
import type { DiagramEdge, DiagramNode, ProductNode } from '../../core/model/types.ts';
import { useCatalog, useSession } from '../editor/editor-context.tsx';
import * as commands from '../../session/commands/index.ts';
import { useT } from '../i18n/use-t.ts';
import { EdgePanel } from './EdgePanel.tsx';
import { IntegerField } from './fields.tsx';
import { ProductPropsFields } from './product-props.tsx';

/** Several elements selected: edit what they have in common. */
export function MultiPanel({ nodes, edges }: { nodes: readonly DiagramNode[]; edges: readonly DiagramEdge[] }) {
  const t = useT();
  const catalog = useCatalog();
  const session = useSession();
  if (nodes.length === 0) return <EdgePanel edges={edges} />;
  const products = nodes.filter((n): n is ProductNode => n.kind === 'product');
  const allProducts = edges.length === 0 && products.length === nodes.length;
  const catalogProducts = products.map((p) => catalog.product(p.product)).filter((p): p is Product => p !== undefined);
  const ids = products.map((p) => p.id);
  const quantity = products.every((p) => p.quantity === products[0]?.quantity) ? products[0]?.quantity : undefined;
  return (
    <section className="inspector__section" aria-label={t('inspector.multi', { count: nodes.length + edges.length })}>
      <h3 className="inspector__heading">{t('inspector.multi', { count: nodes.length + edges.length })}</h3>
      {allProducts && (
        <>
          <p className="inspector__description">{t('inspector.multiCommon')}</p>
          <IntegerField
            key={`${ids.join(',')}:quantity`}
            label={t('inspector.quantity')}
            value={quantity}
            range={QUANTITY_RANGE}
            optional
            placeholder={quantity === undefined ? t('inspector.mixed') : '1'}
            commit={(v) => session.run(commands.editNodes, { ids, patch: { quantity: v }, field: 'quantity' })}
          />
          <ProductPropsFields key={ids.join(',')} nodes={products} products={catalogProducts} />
        </>
      )}
    </section>
  );
}
