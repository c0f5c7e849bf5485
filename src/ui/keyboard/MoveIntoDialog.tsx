/** "移入区域…": move the selected nodes into a zone (or to the top level), chosen by typing its name. */
import { useMemo, useState } from 'react';
import { nodeDisplayName } from '../../core/catalog/names.ts';
import * as commands from '../../session/commands/index.ts';
import { useCatalog, useEditorState, useSession, useUiStore } from '../editor/editor-context.tsx';
import { useLang } from '../i18n/lang-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { TargetPicker } from './TargetPicker.tsx';
import { revealNodes } from './reveal.ts';
import { movableNodes, zoneTargets } from './targets.ts';

export function MoveIntoDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const session = useSession();
  const catalog = useCatalog();
  const ui = useUiStore();
  const doc = useEditorState((s) => s.doc);
  // The nodes the dialog was opened on, even if the selection changes behind it.
  const [ids] = useState(() => movableNodes(session.editor.getState().doc, session.editor.getState().selection));
  const options = useMemo(() => zoneTargets(doc, catalog, lang, ids), [doc, catalog, lang, ids]);
  const first = ids.length === 1 ? doc.nodes.find((n) => n.id === ids[0]) : undefined;
  if (ids.length === 0) return null;
  return (
    <TargetPicker
      title={first ? t('picker.moveInto.title', { name: nodeDisplayName(first, catalog)[lang] }) : t('picker.moveInto.titleMany', { count: ids.length })}
      searchLabel={t('picker.moveInto.search')}
      listLabel={t('picker.moveInto.options')}
      options={options}
      onClose={onClose}
      onChoose={(zone) => {
        onClose();
        if (session.run(commands.moveInto, { ids, zone }).status === 'changed') revealNodes(session.editor, ui, ids);
      }}
    />
  );
}
