/**
 * A text cell of the certificates table: the same behaviour as the inspector's text fields (the
 * user's text stays while it is invalid, with the reason below it, and only valid text is passed on),
 * labelled for screen readers by row and column instead of a visible label.
 */
import { useId } from 'react';
import { useValidatedText } from '../inspector/use-validated-text.ts';

export function CellText(props: {
  label: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  placeholder?: string;
  validate?: (text: string) => string | undefined;
  /** Valid text only. */
  commit: (text: string) => void;
  /** Told whether the cell holds invalid text (the add row must not add then). */
  onValidity?: (valid: boolean) => void;
}) {
  const { label, value, maxLength, multiline, placeholder, validate, commit, onValidity } = props;
  const messageId = useId();
  const { text, error, onChange } = useValidatedText({ value, maxLength, validate, commit, onValidity });
  const common = {
    'aria-label': label,
    'aria-invalid': error !== undefined,
    'aria-describedby': error ? messageId : undefined,
    value: text,
    placeholder,
  };
  return (
    <div className={`filing-cell${error ? ' has-error' : ''}`}>
      {multiline ? <textarea rows={1} {...common} onChange={(e) => onChange(e.target.value)} /> : <input type="text" {...common} onChange={(e) => onChange(e.target.value)} />}
      {error && (
        <p id={messageId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
