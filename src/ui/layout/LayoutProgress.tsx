import { useUiState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { cancelLayout } from './run-layout.ts';

/** A layout running for more than a second: how long so far, and a way to stop it. */
export function LayoutProgress() {
  const t = useT();
  const progress = useUiState((s) => s.layoutProgress);
  if (!progress?.visible) return null;
  return (
    <div className="layout-progress" role="status" aria-live="polite">
      <span className="layout-progress__spinner" aria-hidden="true" />
      <span>{t('layout.running', { seconds: (progress.elapsedMs / 1000).toFixed(1) })}</span>
      <button type="button" onClick={cancelLayout}>
        {t('layout.cancel')}
      </button>
    </div>
  );
}
