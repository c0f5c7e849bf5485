import { memo, useEffect, useRef } from 'react';
import { Handle, Position, useStoreApi, type NodeProps } from '@xyflow/react';
import { useCatalog } from '../editor/editor-context.tsx';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { iconUrl } from '../icons/icon-url.ts';
import { FindingBadge } from '../checking/FindingBadge.tsx';
import { BODY_HANDLE, useConnectMode } from './connect-mode.ts';
import { useDetail } from './detail-level.ts';
import { ANCHOR_HANDLE, type ProductFlowNode } from './flow-elements.ts';
import { measureHandlesSoon, missingHandles } from './handle-measure.ts';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/**
 * A product on the canvas: icon, the user's label and the product's current name, quantity; zoomed
 * far out, a box in its category's colour (detail-level.ts).
 */
export const ProductNodeView = memo(function ProductNodeView({ data, selected }: NodeProps<ProductFlowNode>) {
  const catalog = useCatalog();
  const local = useLocalized();
  const t = useT();
  const node = data.node;
  const product = catalog.product(node.product);
  const name = product ? local(product.name) : node.product;
  const label = node.label?.trim() ? node.label : undefined;
  const detail = useDetail();
  const connectMode = useConnectMode();
  const flow = useStoreApi();
  const root = useRef<HTMLDivElement>(null);
  // React Flow measures handles only when a node's size changes: a product that now shows more
  // handles (zoomed back in, or the body handle of connect mode) has them measured again.
  const handles = (detail === 'far' ? 1 : SIDES.length) + (connectMode ? 1 : 0);
  useEffect(() => {
    const wrapper = root.current?.parentElement;
    if (wrapper instanceof HTMLDivElement && missingHandles(flow, node.id, handles)) measureHandlesSoon(flow, node.id, wrapper);
  }, [handles, flow, node.id]);
  // In connect mode the whole product is a handle: a drag from anywhere on it draws a connection.
  const body = connectMode && <Handle id={BODY_HANDLE} type="source" position={Position.Right} className="product-node__body-handle" />;
  if (detail === 'far') {
    // A box in its category's colour, connectable and with its badge; the name is there for hovering.
    return (
      <div
        ref={root}
        className={`product-node product-node--far${selected ? ' is-selected' : ''}`}
        data-product={node.product}
        title={label ?? name}
        style={product ? { ['--category-color' as string]: catalog.category(product.category)?.color } : undefined}
      >
        {body}
        <Handle id={ANCHOR_HANDLE} type="source" position={Position.Right} className="product-node__handle" />
        <FindingBadge marks={data.marks} />
      </div>
    );
  }
  return (
    <div ref={root} className={`product-node${selected ? ' is-selected' : ''}`} data-product={node.product}>
      {body}
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="product-node__handle" />
      ))}
      {product && <img className="product-node__icon" src={iconUrl(product.icon)} width={28} height={28} alt="" draggable={false} />}
      <div className="product-node__text">
        <div className="product-node__title">{label ?? name}</div>
        {label && detail === 'full' && <div className="product-node__subtitle">{name}</div>}
      </div>
      <FindingBadge marks={data.marks} />
      {node.quantity !== undefined && node.quantity > 1 && <span className="product-node__quantity">{t('canvas.quantity', { count: node.quantity })}</span>}
    </div>
  );
});
