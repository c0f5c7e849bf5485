/** "连线到…": connect the selected product to another one, chosen by typing its name. */
import { useMemo, useState } from 'react';
import { nodeDisplayName } from '../../core/catalog/names.ts';
import * as commands from '../../session/commands/index.ts';
import { useCatalog, useEditorState, useSession } from '../editor/editor-context.tsx';
import { useLang } from '../i18n/lang-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { TargetPicker } from './TargetPicker.tsx';
import { connectTargets, soleProduct } from './targets.ts';

export function ConnectToDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const session = useSession();
  const catalog = useCatalog();
  const doc = useEditorState((s) => s.doc);
  const kind = useEditorState((s) => s.newEdgeKind);
  // The product the dialog was opened on, even if the selection changes behind it.
  const [source] = useState(() => soleProduct(session.editor.getState().doc, session.editor.getState().selection));
  const node = source === undefined ? undefined : doc.nodes.find((n) => n.id === source);
  const options = useMemo(() => (source === undefined ? [] : connectTargets(doc, catalog, lang, source)), [doc, catalog, lang, source]);
  if (!node) return null;
  return (
    <TargetPicker
      title={t('picker.connectTo.title', { name: nodeDisplayName(node, catalog)[lang] })}
      searchLabel={t('picker.connectTo.search')}
      listLabel={t('picker.connectTo.options')}
      note={t('picker.connectTo.kind', { kind: t(`edgeKind.${kind}`) })}
      options={options}
      onClose={onClose}
      onChoose={(target) => {
        onClose();
        session.run(commands.connect, { source: node.id, target, kind: session.editor.getState().newEdgeKind });
      }}
    />
  );
}
