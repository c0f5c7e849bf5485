/**
 * The state of a text input that only passes valid text on: the user's text stays while it is
 * invalid, with the reason; it follows the document when that changes from elsewhere (undo, another
 * field). Shared by the inspector's fields and the 备案信息 table's cells.
 */
import { useEffect, useState } from 'react';
import { codePointLength } from '../../core/standard/text.ts';
import { useT } from '../i18n/use-t.ts';

export function useValidatedText(options: {
  value: string;
  maxLength?: number | undefined;
  validate?: ((text: string) => string | undefined) | undefined;
  /** Valid text only. */
  commit: (text: string) => void;
  onValidity?: ((valid: boolean) => void) | undefined;
}): { text: string; error: string | undefined; onChange: (next: string) => void } {
  const { value, maxLength, validate, commit, onValidity } = options;
  const t = useT();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setText(value);
    setError(undefined);
  }, [value]);
  const onChange = (next: string) => {
    setText(next);
    const problem = maxLength !== undefined && codePointLength(next) > maxLength ? t('inspector.tooLong', { max: maxLength }) : validate?.(next);
    setError(problem);
    onValidity?.(problem === undefined);
    if (problem === undefined) commit(next);
  };
  return { text, error, onChange };
}
