import { useEditorState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';

/** The open diagram's 系统名称 and level, beside the product name. */
export function DiagramTitle() {
  const t = useT();
  const title = useEditorState((s) => s.doc.meta.title);
  const level = useEditorState((s) => s.doc.meta.level);
  return (
    <span className="title-bar__diagram">
      <span className="title-bar__diagram-title">{title}</span>
      <span className="title-bar__level">{t(`level.${level}`)}</span>
    </span>
  );
}
