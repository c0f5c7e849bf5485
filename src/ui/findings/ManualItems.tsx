import { MAX_NOTE_LENGTH } from '../../core/standard/limits.ts';
import type { MessageKey } from '../../core/i18n/translate.ts';
import { MANUAL_ITEMS, clauseForLevel } from '../../core/standard/catalogue.ts';
import { useEditorState, useSession } from '../editor/editor-context.tsx';
import * as commands from '../../session/commands/index.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { TextField } from '../inspector/fields.tsx';

/** What a person checks (rules.md's last section): ticked in the app, stored with the diagram. */
export function ManualItems() {
  const t = useT();
  const local = useLocalized();
  const session = useSession();
  const manual = useEditorState((s) => s.doc.manual);
  const level = useEditorState((s) => s.doc.meta.level);
  const entries = new Map((manual ?? []).map((m) => [m.item, m]));
  const done = MANUAL_ITEMS.filter((m) => entries.get(m.id)?.done).length;
  return (
    <section className="manual-items" aria-label={t('findings.manualTitle')}>
      <h3 className="findings__group-title">
        {t('findings.manualTitle')} <span className="findings__group-meta">{t('findings.manualProgress', { done, total: MANUAL_ITEMS.length })}</span>
      </h3>
      <p className="findings__hint">{t('findings.manualHint')}</p>
      <ul>
        {MANUAL_ITEMS.map((item) => {
          const entry = entries.get(item.id);
          const set = (change: { done?: boolean; note?: string }) =>
            session.run(commands.setManual, {
              entry: { item: item.id, done: change.done ?? entry?.done ?? false, ...(entry?.note !== undefined ? { note: entry.note } : {}), ...(change.note !== undefined ? { note: change.note } : {}) },
              typing: change.note !== undefined,
            });
          const clause = item.clauses.map((c) => `${c.ref ? `${clauseForLevel(c.ref, level)} ` : ''}${local(c.point)}`).join('; ');
          return (
            <li key={item.id} className="manual-item">
              <label className="manual-item__check">
                <input type="checkbox" checked={entry?.done ?? false} onChange={(e) => set({ done: e.target.checked })} />
                <span>
                  <span className="finding__rule">{item.id}</span> {t(`manual.${item.id}` as MessageKey)}
                  <span className="manual-item__clause">{clause}</span>
                </span>
              </label>
              <TextField label={t('findings.manualNoteFor', { id: item.id })} value={entry?.note ?? ''} maxLength={MAX_NOTE_LENGTH} commit={(note) => set({ note })} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
