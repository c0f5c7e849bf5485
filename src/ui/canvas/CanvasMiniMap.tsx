/**
 * An overview of the whole design in the corner, drawn on a <canvas> from the document: it is redrawn
 * when the document changes, not on every frame of a pan or drag (React Flow's SVG minimap repaints
 * all its shapes whenever the view moves, which costs ~10 ms a frame on a 1,000-node design). The
 * shapes are the design's thumbnail (core/geometry/thumbnail.ts, as in 我的图 and the template gallery). The
 * visible area is a single rectangle on top; clicking or dragging in the overview moves the view there.
 */
import { memo, type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { Catalog } from '../../core/catalog/types.ts';
import { diagramBounds, type Rect } from '../../core/geometry/geometry.ts';
import { thumbnailOf, type Box } from '../../core/geometry/thumbnail.ts';
import type { Diagram } from '../../core/model/types.ts';
import { useCatalog, useEditorState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';

const WIDTH = 168;
const HEIGHT = 112;
const PAD = 6;

interface Frame {
  bounds: Rect;
  scale: number;
  offsetX: number;
  offsetY: number;
}

function frameOf(doc: Diagram): Frame | undefined {
  const bounds = diagramBounds(doc);
  if (!bounds) return undefined;
  const scale = Math.min((WIDTH - 2 * PAD) / Math.max(1, bounds.width), (HEIGHT - 2 * PAD) / Math.max(1, bounds.height));
  return { bounds, scale, offsetX: (WIDTH - bounds.width * scale) / 2, offsetY: (HEIGHT - bounds.height * scale) / 2 };
}

function draw(canvas: HTMLCanvasElement, doc: Diagram, catalog: Catalog, frame: Frame | undefined): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = WIDTH * ratio;
  canvas.height = HEIGHT * ratio;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, WIDTH, HEIGHT);
  const picture = thumbnailOf(doc, catalog);
  if (!frame || !picture) return;
  const { bounds, scale, offsetX, offsetY } = frame;
  const at = ([x, y, w, h]: Box) => [offsetX + (x - bounds.x) * scale, offsetY + (y - bounds.y) * scale, w * scale, h * scale] as const;
  g.lineWidth = 1;
  for (const [zx, zy, zw, zh, stroke] of picture.zones) {
    const [x, y, w, h] = at([zx, zy, zw, zh]);
    g.strokeStyle = stroke;
    g.strokeRect(x + 0.5, y + 0.5, Math.max(1, w - 1), Math.max(1, h - 1));
  }
  g.fillStyle = '#8d96a3';
  for (const box of picture.products) {
    const [x, y, w, h] = at(box);
    g.fillRect(x, y, Math.max(1, w), Math.max(1, h));
  }
}

/** The visible area in overview coordinates, or undefined when there is nothing to show it over. */
function viewRectOf(frame: Frame | undefined, { transform: [tx, ty, zoom], width, height }: Pick<ReactFlowState, 'transform' | 'width' | 'height'>) {
  if (!frame || zoom <= 0) return undefined;
  return {
    left: frame.offsetX + (-tx / zoom - frame.bounds.x) * frame.scale,
    top: frame.offsetY + (-ty / zoom - frame.bounds.y) * frame.scale,
    width: (width / zoom) * frame.scale,
    height: (height / zoom) * frame.scale,
  };
}

// Memoised: the canvas re-renders on every drag frame, this has nothing to redo then.
export const CanvasMiniMap = memo(function CanvasMiniMap() {
  const t = useT();
  const catalog = useCatalog();
  const doc = useEditorState((s) => s.doc);
  const flow = useReactFlow();
  const store = useStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const frame = useMemo(() => frameOf(doc), [doc]);
  useEffect(() => {
    if (canvas.current) draw(canvas.current, doc, catalog, frame);
  }, [doc, catalog, frame]);

  // The visible area follows the view by writing its style straight from React Flow's store: every
  // frame of a pan moves it, and a React render per frame is more work than the pan itself needs. It
  // is moved with a transform, which needs neither layout nor paint.
  useEffect(() => {
    const place = (state: ReactFlowState) => {
      const box = view.current;
      if (!box) return;
      const rect = viewRectOf(frame, state);
      box.hidden = rect === undefined;
      if (!rect) return;
      box.style.transform = `translate(${rect.left}px, ${rect.top}px)`;
      box.style.width = `${rect.width}px`;
      box.style.height = `${rect.height}px`;
    };
    place(store.getState());
    return store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) place(state);
    });
  }, [store, frame]);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    if (!frame) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = frame.bounds.x + (event.clientX - box.left - frame.offsetX) / frame.scale;
    const y = frame.bounds.y + (event.clientY - box.top - frame.offsetY) / frame.scale;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };

  return (
    <div
      className="minimap react-flow__panel bottom right"
      role="group"
      aria-label={t('canvas.minimap')}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons === 1) moveTo(e);
      }}
    >
      <canvas ref={canvas} width={WIDTH} height={HEIGHT} className="minimap__canvas" />
      <div ref={view} className="minimap__view" hidden />
    </div>
  );
});
