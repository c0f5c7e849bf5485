/**
 * The benchmark's baseline: React Flow with the same nodes, nesting, sizes and edges as a diagram
 * file, and the same canvas settings as the app, but none of our code (no document store, history,
 * custom nodes, live checking or autosave). bench/editor.bench.ts compares the app against it.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { applyNodeChanges, ReactFlow, type Edge, type Node, type NodeChange, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface FileNode {
  id: string;
  kind: 'zone' | 'product';
  parent?: string;
  position: { x: number; y: number };
  size?: { width: number; height: number };
}

const GRID: [number, number] = [10, 10];

function parentsFirst(nodes: FileNode[]): FileNode[] {
  const byParent = new Map<string | undefined, FileNode[]>();
  for (const n of nodes) byParent.set(n.parent, [...(byParent.get(n.parent) ?? []), n]);
  const out: FileNode[] = [];
  const queue = [...(byParent.get(undefined) ?? [])];
  while (queue.length > 0) {
    const n = queue.shift()!;
    out.push(n);
    queue.push(...(byParent.get(n.id) ?? []));
  }
  return out;
}

function toFlow(doc: { nodes: FileNode[]; edges: { id: string; source: string; target: string }[] }): { nodes: Node[]; edges: Edge[] } {
  const nodes = parentsFirst(doc.nodes).map((n) => ({
    id: n.id,
    position: n.position,
    data: { label: n.id },
    ...(n.parent ? { parentId: n.parent } : {}),
    width: n.kind === 'zone' ? n.size!.width : 160,
    height: n.kind === 'zone' ? n.size!.height : 60,
    ...(n.kind === 'zone' ? { type: 'group' } : {}),
  }));
  const edges = doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: 'smoothstep' }));
  return { nodes, edges };
}

function Bare() {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const [instance, setInstance] = useState<ReactFlowInstance | null>(null);
  (document.getElementById('open') as HTMLInputElement).onchange = async (event) => {
    const file = (event.target as HTMLInputElement).files![0]!;
    const flow = toFlow(JSON.parse(await file.text()));
    setNodes(flow.nodes);
    setEdges(flow.edges);
    // The same fit as the app's (src/ui/canvas/fit.ts).
    requestAnimationFrame(() => void instance?.fitView({ padding: { top: '40px', left: '64px', right: '40px', bottom: '150px' }, maxZoom: 1 }));
  };
  // The same canvas rectangle as the app's (the benchmark passes it), so both draw at the same zoom.
  const q = new URLSearchParams(location.search);
  const px = (name: string, fallback: string) => (q.has(name) ? `${q.get(name)}px` : fallback);
  const box = { position: 'fixed' as const, left: px('x', '0'), top: px('y', '0'), width: px('w', '100vw'), height: px('h', '100vh') };
  return (
    <div style={box} className="canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={(changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns))}
        panOnDrag={[1]}
        panOnScroll
        zoomOnScroll={false}
        selectionOnDrag
        onlyRenderVisibleElements={nodes.length > 400}
        // The app snaps to its 10-unit grid by default (the toolbar's 对齐网格).
        snapToGrid
        snapGrid={GRID}
        minZoom={0.02}
        proOptions={{ hideAttribution: true }}
        onInit={setInstance}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
