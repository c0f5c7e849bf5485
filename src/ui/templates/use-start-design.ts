import { useCallback } from 'react';
import { useCatalog } from '../editor/editor-context.tsx';
import { useLang } from '../i18n/lang-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePersistence } from '../storage/persistence-context.tsx';
import { newDesign, type NewDesign } from './new-design.ts';

/**
 * Make a new design and open it (stored as a new entry of 我的图, the open one saved first): what the
 * 新建 dialog's 创建 and a template card on the empty canvas both do.
 */
export function useStartDesign(): (choice: NewDesign) => Promise<void> {
  const catalog = useCatalog();
  const lang = useLang();
  const t = useT();
  const { persistence } = usePersistence();
  return useCallback(
    async (choice: NewDesign) => {
      // Switching to a template: the design being left is kept as a version first (issue 14).
      if (choice.template) void persistence.saveAutomaticVersion('template');
      return persistence.openDiagram(await newDesign(choice, catalog, lang, t('file.untitled')));
    },
    [catalog, lang, t, persistence],
  );
}
