/**
 * 备案信息: the certificates of the security products (file format v2), the evidence for 表四 item 04.
 * A table of the recorded entries, each change one undo step through the session's commands, and a
 * row below it to add one. Validation is the reader's: what the table stores, the file can hold.
 */
import { useState } from 'react';
import { certificateProductChoices } from '../../core/filing/certificate-products.ts';
import type { Outcome } from '../../session/command.ts';
import * as commands from '../../session/commands/index.ts';
import { useCatalog, useEditorState, useSession } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { Modal } from '../shell/Modal.tsx';
import { CertificateRow, changeDraft, fromDraft, toDraft, type CertificateDraft, type CertificateField } from './CertificateRow.tsx';
import './filing.css';

export function FilingDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const catalog = useCatalog();
  const session = useSession();
  const doc = useEditorState((s) => s.doc);
  const certificates = doc.certificates ?? [];
  const choices = certificateProductChoices(doc, catalog, certificates.map((c) => c.product));
  const blank = (): CertificateDraft => ({ product: choices[0]?.product.id ?? '', edition: '', type: 'certification', number: '', issuer: '', validUntil: '', note: '' });
  const [draft, setDraft] = useState<CertificateDraft>(blank);
  const [draftKey, setDraftKey] = useState(0);
  const [invalid, setInvalid] = useState<ReadonlySet<CertificateField>>(new Set());
  const [draftError, setDraftError] = useState<string | undefined>();
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<number, string>>(new Map());

  const refusal = (outcome: Outcome) => (outcome.status === 'refused' ? t(outcome.key, outcome.params) : undefined);

  const changeRow = (index: number, field: CertificateField, value: string) => {
    const next = changeDraft(toDraft(certificates[index]!), field, value, catalog);
    const error = refusal(session.run(commands.setCertificate, { index, certificate: fromDraft(next), field }));
    setRowErrors((errors) => {
      const copy = new Map(errors);
      if (error) copy.set(index, error);
      else copy.delete(index);
      return copy;
    });
  };

  const remove = (index: number) => {
    session.run(commands.removeCertificate, { index });
    setRowErrors(new Map());
  };

  const add = () => {
    if (invalid.size > 0) return;
    if (draft.number.trim() === '') {
      setDraftError(t('filing.numberRequired'));
      return;
    }
    const error = refusal(session.run(commands.addCertificate, { certificate: fromDraft(draft) }));
    setDraftError(error);
    if (error) return;
    // A fresh draft row for the next entry (its cells forget what was typed).
    setDraft({ ...blank(), product: draft.product });
    setDraftKey((k) => k + 1);
  };

  const columns = ['product', 'edition', 'type', 'number', 'issuer', 'validUntil', 'note'] as const;
  return (
    <Modal title={t('filing.title')} onClose={onClose} className="filing-dialog">
      <p className="filing-dialog__intro">{t('filing.intro')}</p>
      <table className="filing-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {t(`filing.col.${c}`)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('filing.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {certificates.length === 0 && (
            <tr>
              <td colSpan={8} className="filing-table__empty">
                {t('filing.empty')}
              </td>
            </tr>
          )}
          {certificates.map((entry, index) => (
            <CertificateRow
              key={index}
              row={index + 1}
              draft={toDraft(entry)}
              choices={choices}
              catalog={catalog}
              change={(field, value) => changeRow(index, field, value)}
              error={rowErrors.get(index)}
              action={
                <button type="button" aria-label={t('filing.removeRow', { row: index + 1 })} onClick={() => remove(index)}>
                  {t('filing.remove')}
                </button>
              }
            />
          ))}
        </tbody>
        <tbody className="filing-table__add">
          <CertificateRow
            key={`draft-${draftKey}`}
            row={certificates.length + 1}
            draft={draft}
            choices={choices}
            catalog={catalog}
            change={(field, value) => {
              setDraft((d) => changeDraft(d, field, value, catalog));
              setDraftError(undefined);
            }}
            onValidity={(field, valid) =>
              setInvalid((set) => {
                const copy = new Set(set);
                if (valid) copy.delete(field);
                else copy.add(field);
                return copy;
              })
            }
            error={draftError}
            action={
              <button type="button" disabled={invalid.size > 0} onClick={add}>
                {t('filing.add')}
              </button>
            }
          />
        </tbody>
      </table>
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {t('filing.close')}
        </button>
      </div>
    </Modal>
  );
}
