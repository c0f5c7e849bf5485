import { useCallback, useEffect, useMemo, useRef, type DragEvent, type MouseEvent as ReactMouseEvent } from 'react';
import {
  Background, ConnectionMode, Controls, ReactFlow, SelectionMode, useStore, useStoreApi,
  type Connection, type EdgeChange, type FinalConnectionState, type NodeChange, type OnConnectEnd, type OnNodeDrag, type ReactFlowInstance,
} from '@xyflow/react';
import { connect } from '../../core/edit/edges.ts';
import { moveNodes } from '../../core/edit/nodes.ts';
import { indexOf } from '../../core/index/diagram-index.ts';
import { useCatalog, useEditorState, useEditorStore, useUiState, useUiStore } from '../editor/editor-context.tsx';
import type { Selection } from '../editor/editor-store.ts';
import { useT } from '../i18n/use-t.ts';
import { useAriaLabelConfig } from './aria-label-config.ts';
import { ConnectModeContext } from './connect-mode.ts';
import { useFlowElements, useFlowStore } from './flow-context.tsx';
import type { FlowEdge, FlowNode } from './flow-elements.ts';
import { dragExcluded, dragMoves, dropTarget } from './drag-commit.ts';
import { CanvasMiniMap } from './CanvasMiniMap.tsx';
import { DetailContext, detailAt } from './detail-level.ts';
import { EdgeMarkers } from './EdgeMarkers.tsx';
import { dashScale } from './edge-style.ts';
import { FIT_VIEW, fitViewport, MAX_ZOOM, MIN_ZOOM } from './fit.ts';
import { LinkEdgeView } from './LinkEdgeView.tsx';
import { addPaletteItem, decodePaletteItem, PALETTE_MIME } from './palette-drop.ts';
import { ProductNodeView } from './ProductNodeView.tsx';
import { ZoneNodeView } from './ZoneNodeView.tsx';

const nodeTypes = { product: ProductNodeView, zone: ZoneNodeView };
const edgeTypes = { link: LinkEdgeView };
const GRID: [number, number] = [10, 10];
// Props of <ReactFlow> must keep their identity between renders: a new array or function makes React
// Flow update its store (and re-render) on every frame of a drag.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PAN_BUTTONS = [1];
const ZOOM_KEYS = ['Meta', 'Control'];
const detailOf = (s: { transform: [number, number, number] }) => detailAt(s.transform[2]);
/** Badges keep their size on screen when zoomed out, up to 4× (one CSS variable for all of them). */
const badgeScale = (s: { transform: [number, number, number] }) => Math.round(Math.min(4, Math.max(1, 1 / s.transform[2])) * 10) / 10;
const dashScaleOf = (s: { transform: [number, number, number] }) => dashScale(s.transform[2]);
/** How far a connection handle reaches, in flow units: at least 14 screen px at any zoom (one CSS variable). */
const handleReach = (s: { transform: [number, number, number] }) => Math.max(14, Math.round(14 / s.transform[2]));

/** Apply React Flow's select changes to our selection (the document's single selection state). */
function selectionAfter(selection: Selection, changes: readonly (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[], kind: 'nodes' | 'edges'): Selection {
  let set: Set<string> | undefined;
  for (const change of changes) {
    // React Flow repeats select changes that change nothing (e.g. for a node already selected when
    // its drag starts): they must not make a new selection, which re-renders the panels.
    if (change.type !== 'select' || (set ?? selection[kind]).has(change.id) === change.selected) continue;
    set ??= new Set(selection[kind]);
    if (change.selected) set.add(change.id);
    else set.delete(change.id);
  }
  return set ? { ...selection, [kind]: set } : selection;
}

export function DiagramCanvas() {
  const t = useT();
  const catalog = useCatalog();
  const store = useEditorStore();
  const ui = useUiStore();
  const flowStore = useFlowStore();
  const { nodes, edges } = useFlowElements();
  const snapToGrid = useEditorState((s) => s.snapToGrid);
  const isEmpty = useEditorState((s) => s.doc.nodes.length === 0);
  const excluded = useRef<ReadonlySet<string>>(new Set());
  const detail = useStore(detailOf);
  const isZoomedOut = detail !== 'full';
  const scale = useStore(badgeScale);
  const dashes = useStore(dashScaleOf);
  const reach = useStore(handleReach);
  const canvasStyle = useMemo(
    () => ({ ['--badge-scale' as string]: scale, ['--dash-scale' as string]: dashes, ['--handle-reach' as string]: `${reach}px` }),
    [scale, dashes, reach],
  );
  const ariaLabelConfig = useAriaLabelConfig();
  const connectMode = useUiState((s) => s.connectMode);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const editor = store.getState();
      const next = selectionAfter(editor.selection, changes, 'nodes');
      if (next !== editor.selection) editor.select(next);
      const visual = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
      if (visual.length > 0) flowStore.getState().applyNodeChanges(visual);
    },
    [store, flowStore],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const editor = store.getState();
      const next = selectionAfter(editor.selection, changes, 'edges');
      if (next !== editor.selection) editor.select(next);
    },
    [store],
  );

  const onNodeDragStart = useCallback<OnNodeDrag<FlowNode>>(
    (_event, _node, dragged) => {
      excluded.current = dragExcluded(store.getState().doc, dragged.map((n) => n.id));
    },
    [store],
  );

  const onNodeDrag = useCallback<OnNodeDrag<FlowNode>>(
    (_event, node) => {
      const flow = ui.getState().flow;
      const target = flow ? dropTarget(store.getState().doc, flow, node.id, excluded.current) : undefined;
      if (target) flowStore.getState().setDropTarget(target.zone ?? null);
    },
    [store, ui, flowStore],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<FlowNode>>(
    (_event, _node, dragged) => {
      flowStore.getState().setDropTarget(null);
      const flow = ui.getState().flow;
      if (!flow) return;
      const editor = store.getState();
      const ids = dragged.map((n) => n.id);
      const moves = dragMoves(editor.doc, flow, ids);
      const result = moves.length > 0 ? moveNodes(editor.doc, moves) : undefined;
      if (result?.ok) editor.apply('history.move', () => result.doc);
      else {
        if (result && !result.ok) ui.getState().notify(`refuse.${result.reason}`, undefined, 'warning');
        flowStore.getState().resync(new Set(ids));
      }
    },
    [store, ui, flowStore],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const editor = store.getState();
      const result = connect(editor.doc, { source: connection.source, target: connection.target, kind: editor.newEdgeKind });
      if (!result.ok) {
        ui.getState().notify(`refuse.${result.reason}`, undefined, 'warning');
        return;
      }
      editor.apply('history.connect', () => result.doc, { select: { nodes: new Set(), edges: new Set([result.id]) } });
    },
    [store, ui],
  );

  /**
   * A connection dropped on another product's body (not within reach of one of its handles) is made
   * all the same, as a user expects; dropped on a zone or on its own product it says why not.
   */
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0]! : event;
      const element = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
      const id = element?.getAttribute('data-id');
      if (!id) return;
      const node = indexOf(store.getState().doc).node(id);
      if (node?.kind === 'zone') ui.getState().notify('refuse.edgeToZone', undefined, 'warning');
      else if (id === state.fromNode.id) ui.getState().notify('refuse.edgeToSelf', undefined, 'warning');
      else if (node) onConnect({ source: state.fromNode.id, target: id, sourceHandle: null, targetHandle: null });
    },
    [store, ui, onConnect],
  );

  const isValidConnection = useCallback((c: FlowEdge | Connection) => c.source !== c.target, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = decodePaletteItem(event.dataTransfer.getData(PALETTE_MIME), catalog);
      const flow = ui.getState().flow;
      if (!item || !flow) return;
      event.preventDefault();
      addPaletteItem(store, catalog, item, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [store, ui, catalog],
  );

  const openMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent, on: 'selection' | 'pane') => {
      event.preventDefault();
      const flow = ui.getState().flow;
      const at = flow?.screenToFlowPosition({ x: event.clientX, y: event.clientY }) ?? { x: 0, y: 0 };
      ui.getState().openMenu({ x: event.clientX, y: event.clientY, flowX: at.x, flowY: at.y, on });
    },
    [ui],
  );

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: FlowNode) => {
      const editor = store.getState();
      if (!editor.selection.nodes.has(node.id)) editor.select({ nodes: new Set([node.id]), edges: new Set() });
      openMenu(event, 'selection');
    },
    [store, openMenu],
  );

  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: FlowEdge) => {
      const editor = store.getState();
      if (!editor.selection.edges.has(edge.id)) editor.select({ nodes: new Set(), edges: new Set([edge.id]) });
      openMenu(event, 'selection');
    },
    [store, openMenu],
  );

  // An opened diagram is fitted into view in the same update that puts its nodes on the canvas (the
  // editor's subscribers run before React renders), so they are drawn once, at the zoom they are shown at.
  const flowApi = useStoreApi<FlowNode, FlowEdge>();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.loads === previous.loads) return;
        const { width, height } = flowApi.getState();
        const viewport = fitViewport(state.doc, width, height);
        if (viewport) void ui.getState().flow?.setViewport(viewport);
      }),
    [store, ui, flowApi],
  );

  const onSelectionContextMenu = useCallback((event: ReactMouseEvent) => openMenu(event, 'selection'), [openMenu]);
  const onPaneContextMenu = useCallback((event: ReactMouseEvent | MouseEvent) => openMenu(event, 'pane'), [openMenu]);
  const onPaneClick = useCallback(() => ui.getState().openMenu(null), [ui]);
  const onInit = useCallback(
    (instance: ReactFlowInstance<FlowNode, FlowEdge>) => {
      ui.getState().setFlow(instance);
      const { width, height } = flowApi.getState();
      const viewport = fitViewport(store.getState().doc, width, height);
      // Before React Flow knows its own size, it fits what it has measured instead.
      if (viewport) void instance.setViewport(viewport);
      else if (store.getState().doc.nodes.length > 0) void instance.fitView(FIT_VIEW);
    },
    [ui, store, flowApi],
  );

  const proOptions = useMemo(() => ({ hideAttribution: true }), []);

  return (
    <main
      id="canvas"
      tabIndex={-1}
      className={`canvas${connectMode ? ' is-connect-mode' : ''}`}
      aria-label={t('app.canvas')}
      style={canvasStyle}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <EdgeMarkers />
      <ConnectModeContext.Provider value={connectMode}>
      <DetailContext.Provider value={detail}>
        <ReactFlow<FlowNode, FlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          onSelectionContextMenu={onSelectionContextMenu}
          onPaneContextMenu={onPaneContextMenu}
          onPaneClick={onPaneClick}
          onInit={onInit}
          connectionMode={ConnectionMode.Loose}
          connectionRadius={28}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionOnDrag
          selectionMode={SelectionMode.Partial}
          panOnDrag={PAN_BUTTONS}
          panOnScroll
          zoomOnScroll={false}
          zoomActivationKeyCode={ZOOM_KEYS}
          disableKeyboardA11y
          snapToGrid={snapToGrid}
          snapGrid={GRID}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          onlyRenderVisibleElements={nodes.length > 400}
          proOptions={proOptions}
          ariaLabelConfig={ariaLabelConfig}
        >
          {/* The dot grid is only drawn where it helps placing things; zoomed out it is noise and work. */}
          {!isZoomedOut && <Background gap={20} size={1.2} color="#cfd5dd" />}
          <Controls showInteractive={false} position="bottom-left" />
          <CanvasMiniMap />
        </ReactFlow>
      </DetailContext.Provider>
      </ConnectModeContext.Provider>
      {isEmpty && (
        <p className="canvas__empty" aria-live="polite">
          {t('canvas.empty')}
        </p>
      )}
    </main>
  );
}
