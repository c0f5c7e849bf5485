import { useUiState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';

/** Short notices (why a connection was refused, a paste that was not a diagram), read out politely. */
export function Toasts() {
  const t = useT();
  const toasts = useUiState((s) => s.toasts);
  const dismiss = useUiState((s) => s.dismissToast);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span>{t(toast.key, toast.params)}</span>
          <button type="button" aria-label="×" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
