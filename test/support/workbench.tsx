/** The editor's panels rendered as the app renders them, over a workbench holding `doc` (component tests). */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Diagram } from '../../src/core/model/types.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';
import { useEditorState } from '../../src/ui/editor/editor-context.tsx';
import { NodePanel } from '../../src/ui/inspector/NodePanel.tsx';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { createWorkbench } from '../../src/ui/workbench/create-workbench.ts';
import { WorkbenchProvider } from '../../src/ui/workbench/workbench-context.tsx';
import { smallDiagram } from './documents.ts';

export const catalog = bundledCatalog();

/** Renders `ui()` in English over a workbench holding `doc`; returns its document store. */
export function renderWith(ui: () => ReactNode, doc: Diagram = smallDiagram()) {
  usePrefs.setState({ lang: 'en' });
  const bench = createWorkbench(catalog, doc);
  render(<WorkbenchProvider bench={bench}>{ui()}</WorkbenchProvider>);
  return bench.editor;
}

/** The node panel as the inspector shows it: following the document as it changes. */
export function LiveNodePanel({ id }: { id: string }) {
  const node = useEditorState((s) => s.doc.nodes.find((n) => n.id === id))!;
  return <NodePanel node={node} />;
}
