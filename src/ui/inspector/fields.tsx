/**
 * Form controls of the inspector. Each one shows the document's value, checks what the user types
 * and writes only valid values (an invalid entry stays in the field with the reason beside it, the
 * document untouched). Typing in one field is one undo step (edits are merged by field).
 */
import { useId, type ReactNode } from 'react';
import type { IntRange } from '../../core/standard/limits.ts';
import { useT } from '../i18n/use-t.ts';
import { useValidatedText } from './use-validated-text.ts';

interface FieldShell {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

export function Field({ label, error, hint, children }: FieldShell) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = error ?? hint;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id, message ? messageId : undefined)}
      {message && (
        <p id={messageId} className={error ? 'field__error' : 'field__hint'} role={error ? 'alert' : undefined}>
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * A text input that validates as the user types. `maxLength` is the format's limit in code points
 * (as the reader counts them, so 𠀀 is one; the input's own maxlength counts UTF-16 units and would
 * cut a supplementary character in half); `validate` returns an error message or undefined;
 * `commit` receives only valid text. The field keeps the user's text while it is invalid.
 */
export function TextField(props: {
  label: string;
  value: string;
  placeholder?: string;
  multiline?: boolean;
  maxLength?: number;
  validate?: (text: string) => string | undefined;
  commit: (text: string) => void;
  hint?: string;
}) {
  const { label, value, placeholder, multiline, maxLength, validate, commit, hint } = props;
  const { text, error, onChange } = useValidatedText({ value, maxLength, validate, commit });
  return (
    <Field label={label} error={error} hint={hint}>
      {(id, describedBy) =>
        multiline ? (
          <textarea id={id} value={text} placeholder={placeholder} rows={3} aria-invalid={error !== undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} type="text" value={text} placeholder={placeholder} aria-invalid={error !== undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T | '';
  options: readonly { value: T | ''; label: string }[];
  commit: (value: T | '') => void;
}) {
  const { label, value, options, commit } = props;
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => commit(e.target.value as T | '')}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField(props: { label: string; checked: boolean; mixed?: boolean; commit: (checked: boolean) => void }) {
  const { label, checked, mixed, commit } = props;
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-checked={mixed ? 'mixed' : checked}
        ref={(el) => {
          if (el) el.indeterminate = mixed ?? false;
        }}
        onChange={(e) => commit(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** An integer within one of the format's ranges; empty means "not set" when `optional`. */
export function IntegerField(props: {
  label: string;
  value: number | undefined;
  range: IntRange;
  optional?: boolean;
  placeholder?: string;
  commit: (value: number | undefined) => void;
}) {
  const { label, value, range, optional, placeholder, commit } = props;
  const t = useT();
  const invalid = t('inspector.invalidNumber', { min: range.min, max: range.max });
  return (
    <TextField
      label={label}
      value={value === undefined ? '' : String(value)}
      {...(placeholder !== undefined ? { placeholder } : {})}
      validate={(text) => {
        if (text.trim() === '') return optional ? undefined : invalid;
        const n = Number(text);
        return /^\s*\d+\s*$/.test(text) && n >= range.min && n <= range.max ? undefined : invalid;
      }}
      commit={(text) => commit(text.trim() === '' ? undefined : Number(text))}
    />
  );
}
