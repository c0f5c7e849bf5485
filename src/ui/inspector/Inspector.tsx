import { useDeferredValue, useId } from 'react';
import { indexOf } from '../../core/index/diagram-index.ts';
import type { DiagramEdge, DiagramNode } from '../../core/model/types.ts';
import { useEditorState, useSelection } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { EdgePanel } from './EdgePanel.tsx';
import { MetaPanel } from './MetaPanel.tsx';
import { MultiPanel } from './MultiPanel.tsx';
import { NodePanel } from './NodePanel.tsx';

/**
 * The side panel: the diagram's information, or the properties of what is selected. It follows the
 * selection one step behind the canvas (a deferred value): pressing on a product to drag it selects
 * it, and building its form (and laying out the panel) would otherwise hold up the drag's first
 * frame; React builds it right after, in the background.
 */
export function Inspector() {
  const t = useT();
  const headingId = useId();
  const doc = useEditorState((s) => s.doc);
  const selection = useDeferredValue(useSelection());
  const index = indexOf(doc);
  const nodes = [...selection.nodes].map((id) => index.node(id)).filter((n): n is DiagramNode => n !== undefined);
  const edges = [...selection.edges].map((id) => index.edge(id)).filter((e): e is DiagramEdge => e !== undefined);
  let panel;
  if (nodes.length === 0 && edges.length === 0) panel = <MetaPanel />;
  else if (nodes.length === 1 && edges.length === 0) panel = <NodePanel key={nodes[0]!.id} node={nodes[0]!} />;
  else if (nodes.length === 0 && edges.length === 1) panel = <EdgePanel key={edges[0]!.id} edges={edges} />;
  else panel = <MultiPanel nodes={nodes} edges={edges} />;
  return (
    <aside className="inspector" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        {t('app.inspector')}
      </h2>
      <div className="inspector__body">{panel}</div>
    </aside>
  );
}
