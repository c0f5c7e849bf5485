import { memo, useMemo } from 'react';
import type { Catalog } from '../../core/catalog/types.ts';
import { thumbnailOf, type Thumbnail } from '../../core/geometry/thumbnail.ts';
import type { Diagram } from '../../core/model/types.ts';
import templatePreviews from 'virtual:mlps/template-previews';

/** A design's picture drawn (core/geometry/thumbnail.ts); an empty frame for an empty design. */
export const ThumbnailSvg = memo(function ThumbnailSvg({
  picture,
  width = 200,
  height = 120,
  className = 'thumbnail',
}: {
  picture: Thumbnail | null;
  width?: number;
  height?: number;
  className?: string;
}) {
  if (!picture) return <svg className={className} width={width} height={height} aria-hidden="true" />;
  return (
    <svg className={className} width={width} height={height} viewBox={picture.viewBox} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      {picture.zones.map(([x, y, width, height, stroke], i) => (
        <rect key={`z${i}`} x={x} y={y} width={width} height={height} rx={8} fill="#fff" fillOpacity={0.6} stroke={stroke} strokeWidth={picture.strokeWidth} />
      ))}
      {picture.products.map(([x, y, width, height], i) => (
        <rect key={`p${i}`} x={x} y={y} width={width} height={height} rx={6} fill="#8d96a3" />
      ))}
    </svg>
  );
});

/**
 * A small picture of a design: zones as outlines in their colours, products as blocks, no text.
 * With `maxShapes`, a design with more nodes than that is drawn by its zones alone (at most that many).
 */
export function DiagramThumbnail({ doc, catalog, maxShapes, ...frame }: { doc: Diagram; catalog: Catalog; width?: number; height?: number; maxShapes?: number; className?: string }) {
  const picture = useMemo(() => thumbnailOf(doc, catalog, maxShapes), [doc, catalog, maxShapes]);
  return <ThumbnailSvg picture={picture} {...frame} />;
}

/**
 * A reference template's picture, computed when the app was built (build/validated-data.ts): the
 * gallery shows it at once, without fetching or reading the template's file.
 */
export function TemplatePreview({ id, width, height }: { id: string; width?: number; height?: number }) {
  return <ThumbnailSvg picture={templatePreviews[id] ?? null} width={width} height={height} />;
}
