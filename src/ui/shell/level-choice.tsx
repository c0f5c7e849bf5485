/**
 * The level (二级 / 三级 / 四级) as the app offers it everywhere: options of a select (toolbar, compare),
 * and a segmented radio field (新建, import).
 */
import { LEVELS, type Level } from '../../core/model/types.ts';
import { useT } from '../i18n/use-t.ts';

export function LevelOptions() {
  const t = useT();
  return (
    <>
      {LEVELS.map((l) => (
        <option key={l} value={l}>
          {t(`level.${l}`)}
        </option>
      ))}
    </>
  );
}

export function LevelRadios({ name, level, onChange, disabled }: { name: string; level: Level; onChange: (level: Level) => void; disabled?: boolean }) {
  const t = useT();
  return (
    <fieldset className="field">
      <legend className="field__label">{t('inspector.level')}</legend>
      <div className="segmented">
        {LEVELS.map((l) => (
          <label key={l}>
            <input type="radio" name={name} value={l} checked={level === l} onChange={() => onChange(l)} disabled={disabled} />
            {t(`level.${l}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
