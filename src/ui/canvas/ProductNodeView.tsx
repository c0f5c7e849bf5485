import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useCatalog } from '../editor/editor-context.tsx';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { iconUrl } from '../icons/icon-url.ts';
import type { ProductFlowNode } from './flow-elements.ts';
import { FindingBadge } from '../checking/FindingBadge.tsx';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/** A product on the canvas: icon, the user's label and the product's current name, quantity. */
export const ProductNodeView = memo(function ProductNodeView({ data, selected }: NodeProps<ProductFlowNode>) {
  const catalog = useCatalog();
  const local = useLocalized();
  const t = useT();
  const node = data.node;
  const product = catalog.product(node.product);
  const name = product ? local(product.name) : node.product;
  const label = node.label?.trim() ? node.label : undefined;
  return (
    <div className={`product-node${selected ? ' is-selected' : ''}`} data-product={node.product}>
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="product-node__handle" />
      ))}
      {product && <img className="product-node__icon" src={iconUrl(product.icon)} width={28} height={28} alt="" draggable={false} />}
      <div className="product-node__text">
        <div className="product-node__title">{label ?? name}</div>
        {label && <div className="product-node__subtitle">{name}</div>}
      </div>
      <FindingBadge id={node.id} />
      {node.quantity !== undefined && node.quantity > 1 && <span className="product-node__quantity">{t('canvas.quantity', { count: node.quantity })}</span>}
    </div>
  );
});
