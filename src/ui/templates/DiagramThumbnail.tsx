import { memo } from 'react';
import type { Catalog } from '../../core/catalog/types.ts';
import { diagramBounds, nodeRect } from '../../core/geometry/geometry.ts';
import type { Diagram } from '../../core/model/types.ts';

/**
 * A small picture of a design: zones as outlines in their colours, products as blocks, no text.
 * With `maxShapes`, a design with more nodes than that is drawn by its zones alone (at most that many):
 * at thumbnail size a large design's products are specks, and a list of them should stay cheap.
 */
export const DiagramThumbnail = memo(function DiagramThumbnail({
  doc,
  catalog,
  width = 200,
  height = 120,
  maxShapes = Infinity,
  className = 'thumbnail',
}: {
  doc: Diagram;
  catalog: Catalog;
  width?: number;
  height?: number;
  maxShapes?: number;
  className?: string;
}) {
  const bounds = diagramBounds(doc);
  if (!bounds) return <svg className={className} width={width} height={height} aria-hidden="true" />;
  const drawn = doc.nodes.length <= maxShapes ? doc.nodes : doc.nodes.filter((n) => n.kind === 'zone').slice(0, maxShapes);
  const pad = Math.max(bounds.width, bounds.height) * 0.03;
  const viewBox = `${bounds.x - pad} ${bounds.y - pad} ${bounds.width + 2 * pad} ${bounds.height + 2 * pad}`;
  return (
    <svg className={className} width={width} height={height} viewBox={viewBox} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      {drawn.map((node) => {
        const r = nodeRect(doc, node.id)!;
        return node.kind === 'zone' ? (
          <rect key={node.id} x={r.x} y={r.y} width={r.width} height={r.height} rx={8} fill="#fff" fillOpacity={0.6} stroke={catalog.zone(node.zone).color} strokeWidth={Math.max(2, bounds.width / 300)} />
        ) : (
          <rect key={node.id} x={r.x} y={r.y} width={r.width} height={r.height} rx={6} fill="#8d96a3" />
        );
      })}
    </svg>
  );
});

/** A template's thumbnail, or an empty frame of the same size while its diagram is still loading. */
export function TemplatePreview({ doc, catalog, width, height }: { doc: Diagram | undefined; catalog: Catalog; width?: number; height?: number }) {
  if (!doc) return <svg className="thumbnail" width={width ?? 200} height={height ?? 120} aria-hidden="true" />;
  return <DiagramThumbnail doc={doc} catalog={catalog} width={width} height={height} />;
}
