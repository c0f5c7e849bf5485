import { useId, useState } from 'react';
import { MAX_REASON_LENGTH } from '../../core/standard/limits.ts';
import { codePointLength } from '../../core/standard/text.ts';
import { useT } from '../i18n/use-t.ts';

/** The reason for accepting a finding: required, 1 to MAX_REASON_LENGTH characters, stored in the file. */
export function WaiverForm({ initial, onSave, onCancel }: { initial: string; onSave: (reason: string) => void; onCancel: () => void }) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState(initial);
  const length = codePointLength(reason.trim());
  const invalid = length === 0 || length > MAX_REASON_LENGTH;
  return (
    <form
      className="waiver-form"
      aria-label={t('findings.waiveTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!invalid) onSave(reason.trim());
      }}
    >
      <label htmlFor={id}>{t('findings.waiveReason')}</label>
      <textarea id={id} value={reason} rows={2} onChange={(e) => setReason(e.target.value)} aria-invalid={invalid} autoFocus />
      {invalid && reason !== '' && <span className="field__error">{t('findings.waiveReasonRequired', { max: MAX_REASON_LENGTH })}</span>}
      <div className="waiver-form__actions">
        <button type="button" onClick={onCancel}>
          {t('findings.waiveCancel')}
        </button>
        <button type="submit" className="primary" disabled={invalid}>
          {t('findings.waiveSave')}
        </button>
      </div>
    </form>
  );
}
