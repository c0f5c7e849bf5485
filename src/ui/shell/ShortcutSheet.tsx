import type { MessageKey } from '../../core/i18n/translate.ts';
import { ACTIONS } from '../actions/actions.ts';
import { displayShortcut } from '../actions/keys.ts';
import { useT } from '../i18n/use-t.ts';
import { Modal } from './Modal.tsx';

/** The shortcut sheet (`?`), generated from the action registry, with ⌘ on macOS and Ctrl elsewhere. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const t = useT();
  const seen = new Set<string>();
  const rows: { label: MessageKey; keys: string }[] = [];
  for (const action of ACTIONS) {
    if (seen.has(action.label) || action.keys.length === 0) continue;
    seen.add(action.label);
    const keys = action.id.startsWith('nudge') ? '↑ ↓ ← →' : action.keys.slice(0, 2).map(displayShortcut).join(' / ');
    rows.push({ label: action.label, keys });
  }
  rows.push({ label: 'shortcut.multiSelect', keys: displayShortcut('Shift') });
  rows.push({ label: 'shortcut.pan', keys: t('shortcut.panKeys') });
  rows.push({ label: 'shortcut.zoom', keys: `${displayShortcut('Mod')} + ${t('shortcut.wheel')}` });
  return (
    <Modal title={t('shortcuts.title')} onClose={onClose} className="shortcut-sheet">
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{t(row.label)}</th>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal__actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
