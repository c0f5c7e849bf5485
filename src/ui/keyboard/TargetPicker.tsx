/**
 * A dialog to pick one target by typing: a search box over a list, the ARIA combobox pattern (the box
 * keeps focus and points at the active option with aria-activedescendant, so a screen reader reads
 * each option as the arrow keys reach it). ↑ ↓ move, Enter chooses, Escape closes (Modal), a click
 * chooses too. Shared by "connect to…" and "move into zone…".
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { Modal } from '../shell/Modal.tsx';
import { filterOptions, type PickerOption } from './targets.ts';
import './target-picker.css';

export interface TargetPickerProps<V> {
  title: string;
  /** The search box's accessible name and placeholder. */
  searchLabel: string;
  /** The list's accessible name. */
  listLabel: string;
  options: readonly PickerOption<V>[];
  /** A line under the box (what choosing will do). */
  note?: ReactNode;
  onChoose(value: V): void;
  onClose(): void;
}

export function TargetPicker<V>({ title, searchLabel, listLabel, options, note, onChoose, onClose }: TargetPickerProps<V>) {
  const t = useT();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterOptions(options, query), [options, query]);
  const current = shown.length === 0 ? -1 : Math.min(active, shown.length - 1);
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const activeId = current >= 0 ? optionId(current) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const last = shown.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (last < 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Round the ends, as listboxes do.
      setActive(current + step > last ? 0 : current + step < 0 ? last : current + step);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      if (last >= 0) setActive(Math.max(0, Math.min(last, current + (event.key === 'PageDown' ? 10 : -10))));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current >= 0) onChoose(shown[current]!.value);
    }
  };

  return (
    <Modal title={title} onClose={onClose} className="target-picker">
      <input
        type="text"
        className="target-picker__search"
        role="combobox"
        aria-label={searchLabel}
        placeholder={searchLabel}
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {note && <p className="target-picker__note">{note}</p>}
      <ul id={listId} className="target-picker__list" role="listbox" aria-label={listLabel}>
        {shown.map((option, i) => (
          <li
            key={option.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            aria-label={`${option.name}${t('a11y.separator')}${option.detail}`}
            className="target-picker__option"
            // Keep the focus in the search box: it is what the arrow keys and Enter talk to.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => i !== current && setActive(i)}
            onClick={() => onChoose(option.value)}
          >
            <span className="target-picker__name">{option.name}</span>
            <span className="target-picker__detail">{option.detail}</span>
          </li>
        ))}
      </ul>
      <p className="target-picker__status" role="status">
        {shown.length === 0 ? t('picker.none') : t('picker.count', { count: shown.length })}
      </p>
      <p className="target-picker__hint" aria-hidden="true">
        {t('picker.hint')}
      </p>
    </Modal>
  );
}
