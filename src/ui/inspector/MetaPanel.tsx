import type { MetaPatch } from '../../core/edit/meta.ts';
import { MAX_TITLE_LENGTH } from '../../core/standard/limits.ts';
import { isCalendarDate } from '../../core/standard/text.ts';
import { LEVELS, PLATFORMS, type Level, type Platform } from '../../core/model/types.ts';
import { useEditorState, useSession } from '../editor/editor-context.tsx';
import * as commands from '../../session/commands/index.ts';
import { useT } from '../i18n/use-t.ts';
import { SelectField, TextField } from './fields.tsx';

/** The diagram's own information: 系统名称, level, platform, organization, version, date, description. */
export function MetaPanel() {
  const t = useT();
  const session = useSession();
  const meta = useEditorState((s) => s.doc.meta);
  const set = (field: keyof MetaPatch, patch: MetaPatch) => session.run(commands.editMeta, { patch, field });
  const text = (field: 'organization' | 'author' | 'version' | 'description') => (value: string) => set(field, { [field]: value });
  return (
    <section className="inspector__section" aria-label={t('inspector.diagram')}>
      <h3 className="inspector__heading">{t('inspector.diagram')}</h3>
      <TextField
        label={t('inspector.title')}
        value={meta.title}
        maxLength={MAX_TITLE_LENGTH}
        validate={(v) => (v.trim() === '' ? t('inspector.titleRequired') : undefined)}
        commit={(v) => set('title', { title: v })}
      />
      <SelectField<`${Level}`>
        label={t('inspector.level')}
        value={`${meta.level}`}
        options={LEVELS.map((l) => ({ value: `${l}`, label: t(`level.${l}`) }))}
        commit={(v) => set('level', { level: Number(v) as Level })}
      />
      <SelectField<Platform>
        label={t('inspector.platform')}
        value={meta.platform}
        options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))}
        commit={(v) => v !== '' && set('platform', { platform: v })}
      />
      {/* Left empty rather than filled with a stand-in: a stand-in would print on the 备案 drawing as if it were the name. */}
      <TextField label={t('inspector.organization')} value={meta.organization ?? ''} placeholder={t('meta.organizationPlaceholder')} commit={text('organization')} />
      <TextField label={t('inspector.version')} value={meta.version ?? ''} placeholder="V1.0" commit={text('version')} />
      <TextField
        label={t('inspector.date')}
        value={meta.date ?? ''}
        placeholder="YYYY-MM-DD"
        validate={(v) => (v === '' || isCalendarDate(v) ? undefined : t('inspector.invalidDate'))}
        commit={(v) => set('date', { date: v })}
      />
      <TextField label={t('inspector.author')} value={meta.author ?? ''} commit={text('author')} />
      <TextField label={t('inspector.description')} value={meta.description ?? ''} multiline commit={text('description')} />
    </section>
  );
}
