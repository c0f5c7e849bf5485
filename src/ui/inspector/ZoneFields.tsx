import { clearHostBits, parseCidr } from '../../core/format/cidr.ts';
import { MAX_PURPOSE_LENGTH } from '../../core/standard/limits.ts';
import { isSecurityZoneKind, ZONE_IMPORTANCES, type ZoneImportance, type ZoneNode, type ZoneProps } from '../../core/model/types.ts';
import { useCatalog, useSession } from '../editor/editor-context.tsx';
import * as commands from '../../session/commands/index.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { SelectField, TextField } from './fields.tsx';

/**
 * CIDR for a VPC or security zone (validated, with the reason when invalid); for a security zone also
 * its 主要功能和作用 and 重要程度 (the zone table of the 备案 document); region for a region zone.
 */
export function ZoneFields({ zone }: { zone: ZoneNode }) {
  const t = useT();
  const local = useLocalized();
  const catalog = useCatalog();
  const session = useSession();
  const setProp = (prop: keyof ZoneProps, value: string | undefined) =>
    session.run(commands.editNodes, { ids: [zone.id], patch: { props: { [prop]: value } }, field: prop });
  if (zone.zone === 'vpc' || isSecurityZoneKind(zone.zone)) {
    const cidr = (
      <TextField
        label={t('inspector.cidr')}
        value={zone.props?.cidr ?? ''}
        placeholder={t('inspector.cidrPlaceholder')}
        validate={(v) => {
          if (v === '') return undefined;
          const parsed = parseCidr(v);
          if (parsed.ok) return undefined;
          return parsed.problem === 'hostBits' ? t('inspector.cidrHostBits', { suggestion: clearHostBits(v) ?? '' }) : t('inspector.invalidCidr');
        }}
        commit={(v) => setProp('cidr', v === '' ? undefined : v)}
      />
    );
    if (!isSecurityZoneKind(zone.zone)) return cidr;
    return (
      <>
        {cidr}
        <TextField
          label={t('filing.purpose')}
          value={zone.props?.purpose ?? ''}
          placeholder={t('filing.purposePlaceholder')}
          multiline
          maxLength={MAX_PURPOSE_LENGTH}
          commit={(v) => setProp('purpose', v === '' ? undefined : v)}
        />
        <SelectField<ZoneImportance>
          label={t('filing.importance')}
          value={zone.props?.importance ?? ''}
          options={[
            { value: '', label: t('filing.importance.unset') },
            ...ZONE_IMPORTANCES.map((value) => ({ value, label: t(`filing.importance.${value}`) })),
          ]}
          commit={(v) => setProp('importance', v === '' ? undefined : v)}
        />
      </>
    );
  }
  if (zone.zone === 'region') {
    const mainland = catalog.regions.filter((r) => r.mainland);
    const outside = catalog.regions.filter((r) => !r.mainland);
    return (
      <SelectField
        label={t('inspector.region')}
        value={zone.props?.regionId ?? ''}
        options={[
          { value: '', label: t('inspector.regionNone') },
          ...mainland.map((r) => ({ value: r.id, label: `${local(r.name)} · ${r.id}` })),
          ...outside.map((r) => ({ value: r.id, label: `${local(r.name)} · ${r.id} ${t('inspector.regionOutside')}` })),
        ]}
        commit={(v) => setProp('regionId', v === '' ? undefined : v)}
      />
    );
  }
  return null;
}
