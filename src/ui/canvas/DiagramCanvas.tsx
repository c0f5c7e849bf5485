/**
 * The canvas: React Flow drawing the nodes and edges derived from the document. What each kind of
 * interaction does lives in a hook of its own (use-*.ts beside this file); every change reaches the
 * document as one session command.
 */
import { useMemo } from 'react';
import { Background, ConnectionMode, Controls, ReactFlow, SelectionMode, useStore } from '@xyflow/react';
import { useEditorState, useUiState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { useAriaLabelConfig } from './aria-label-config.ts';
import { ConnectModeContext } from './connect-mode.ts';
import { useFlowElements } from './flow-context.tsx';
import type { FlowEdge, FlowNode } from './flow-elements.ts';
import { CanvasMiniMap } from './CanvasMiniMap.tsx';
import { DetailContext, detailAt } from './detail-level.ts';
import { EdgeMarkers } from './EdgeMarkers.tsx';
import { dashScale } from './edge-style.ts';
import { MAX_ZOOM, MIN_ZOOM } from './fit.ts';
import { LinkEdgeView } from './LinkEdgeView.tsx';
import { ProductNodeView } from './ProductNodeView.tsx';
import { useConnect } from './use-connect.ts';
import { useContextMenu } from './use-context-menu.ts';
import { useDragCommit } from './use-drag-commit.ts';
import { useFitOnOpen } from './use-fit-on-open.ts';
import { usePaletteDrop } from './use-palette-drop.ts';
import { useSelectionSync } from './use-selection-sync.ts';
import { ZoneNodeView } from './ZoneNodeView.tsx';
import { EmptyCanvasStart } from '../templates/EmptyCanvasStart.tsx';

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

export function DiagramCanvas() {
  const t = useT();
  const { nodes, edges } = useFlowElements();
  const snapToGrid = useEditorState((s) => s.snapToGrid);
  const isEmpty = useEditorState((s) => s.doc.nodes.length === 0);
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

  const { onNodesChange, onEdgesChange } = useSelectionSync();
  const { onNodeDragStart, onNodeDrag, onNodeDragStop } = useDragCommit();
  const { onConnect, onConnectEnd, isValidConnection } = useConnect();
  const { onNodeContextMenu, onEdgeContextMenu, onSelectionContextMenu, onPaneContextMenu, onPaneClick } = useContextMenu();
  const { onDragOver, onDrop } = usePaletteDrop();
  const { onInit } = useFitOnOpen();

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
      {isEmpty && <EmptyCanvasStart />}
    </main>
  );
}
