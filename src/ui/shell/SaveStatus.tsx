import { useStore } from 'zustand';
import { useT } from '../i18n/use-t.ts';
import { usePersistence } from '../storage/persistence-context.tsx';

/** Saved / saving / not saved, always visible in the title bar. */
export function SaveStatus() {
  const t = useT();
  const { state } = usePersistence();
  const status = useStore(state, (s) => s.status);
  const key = status === 'saved' ? 'save.saved' : status === 'saving' ? 'save.saving' : 'save.unsaved';
  return (
    <span className={`save-status save-status--${status}`} role="status" aria-live="polite" data-status={status}>
      {t(key)}
    </span>
  );
}
