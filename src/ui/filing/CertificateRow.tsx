/**
 * One row of the certificates table: product, edition, type, number, issuer, valid until, note. The
 * same row edits a recorded certificate (each valid change runs a command) and the draft of a new one.
 */
import type { ReactNode } from 'react';
import type { Catalog } from '../../core/catalog/types.ts';
import type { CertificateProductChoice } from '../../core/filing/certificate-products.ts';
import { MAX_CERTIFICATE_NUMBER_LENGTH, MAX_ISSUER_LENGTH, MAX_NOTE_LENGTH } from '../../core/standard/limits.ts';
import { isCalendarDate } from '../../core/standard/text.ts';
import type { MessageKey } from '../../core/i18n/translate.ts';
import { CERTIFICATE_TYPES, type Certificate, type CertificateType } from '../../core/model/types.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { CellText } from './CellText.tsx';

export type CertificateField = keyof Certificate;

/** A certificate being edited: every field present, '' meaning "not recorded". */
export type CertificateDraft = Required<{ [K in keyof Certificate]: K extends 'type' ? CertificateType : string }>;

export function toDraft(entry: Certificate): CertificateDraft {
  return {
    product: entry.product,
    edition: entry.edition ?? '',
    type: entry.type,
    number: entry.number,
    issuer: entry.issuer ?? '',
    validUntil: entry.validUntil ?? '',
    note: entry.note ?? '',
  };
}

export function fromDraft(draft: CertificateDraft): Certificate {
  return { ...draft };
}

/** The draft with `field` changed; a product change keeps the edition only when the new product has it. */
export function changeDraft(draft: CertificateDraft, field: CertificateField, value: string, catalog: Catalog): CertificateDraft {
  const next = { ...draft, [field]: value } as CertificateDraft;
  if (field === 'product') {
    const editions = catalog.product(value)?.editions?.list ?? [];
    if (!editions.some((e) => e.id === next.edition)) next.edition = '';
  }
  return next;
}

export function CertificateRow(props: {
  row: number;
  draft: CertificateDraft;
  choices: readonly CertificateProductChoice[];
  catalog: Catalog;
  change: (field: CertificateField, value: string) => void;
  onValidity?: (field: CertificateField, valid: boolean) => void;
  /** The last cell: remove (recorded rows) or add (the draft). */
  action: ReactNode;
  /** A refusal of the row as a whole (a second entry for the same product, edition and type). */
  error?: string | undefined;
}) {
  const { row, draft, choices, catalog, change, onValidity, action, error } = props;
  const t = useT();
  const local = useLocalized();
  const cell = (column: MessageKey) => t('filing.rowLabel', { row, column: t(column) });
  const editions = catalog.product(draft.product)?.editions?.list ?? [];
  const validity = (field: CertificateField) => (onValidity ? (valid: boolean) => onValidity(field, valid) : undefined);
  return (
    <>
      <tr className={error ? 'has-error' : undefined}>
        <td>
          <select aria-label={cell('filing.col.product')} value={draft.product} onChange={(e) => change('product', e.target.value)}>
            {choices.map(({ product, inDesign }) => (
              <option key={product.id} value={product.id}>
                {local(product.name)}
                {inDesign ? '' : ` ${t('filing.notInDesign')}`}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select aria-label={cell('filing.col.edition')} value={draft.edition} disabled={editions.length === 0} onChange={(e) => change('edition', e.target.value)}>
            <option value="">{t('filing.anyEdition')}</option>
            {editions.map((e) => (
              <option key={e.id} value={e.id}>
                {local(e.name)}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select aria-label={cell('filing.col.type')} value={draft.type} onChange={(e) => change('type', e.target.value)}>
            {CERTIFICATE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`filing.type.${type}`)}
              </option>
            ))}
          </select>
        </td>
        <td>
          <CellText
            label={cell('filing.col.number')}
            value={draft.number}
            maxLength={MAX_CERTIFICATE_NUMBER_LENGTH}
            validate={(v) => (v.trim() === '' && onValidity === undefined ? t('filing.numberRequired') : undefined)}
            commit={(v) => change('number', v)}
            onValidity={validity('number')}
          />
        </td>
        <td>
          <CellText label={cell('filing.col.issuer')} value={draft.issuer} maxLength={MAX_ISSUER_LENGTH} commit={(v) => change('issuer', v)} onValidity={validity('issuer')} />
        </td>
        <td>
          <CellText
            label={cell('filing.col.validUntil')}
            value={draft.validUntil}
            maxLength={64}
            placeholder="YYYY-MM-DD"
            validate={(v) => (v === '' || isCalendarDate(v) ? undefined : t('inspector.invalidDate'))}
            commit={(v) => change('validUntil', v)}
            onValidity={validity('validUntil')}
          />
        </td>
        <td>
          <CellText label={cell('filing.col.note')} value={draft.note} maxLength={MAX_NOTE_LENGTH} multiline commit={(v) => change('note', v)} onValidity={validity('note')} />
        </td>
        <td className="filing-table__action">{action}</td>
      </tr>
      {error && (
        <tr className="filing-table__row-error">
          <td colSpan={8}>
            <p className="field__error" role="alert">
              {error}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
