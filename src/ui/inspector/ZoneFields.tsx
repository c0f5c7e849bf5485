import { clearHostBits, parseCidr } from '../../core/format/cidr.ts';
import { isSecurityZoneKind, type ZoneNode } from '../../core/model/types.ts';
import { useCatalog, useSession } from '../editor/editor-context.tsx';
import * as commands from '../../session/commands/index.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { SelectField, TextField } from './fields.tsx';

/** CIDR for a VPC or security zone (validated, with the reason when invalid); region for a region zone. */
export function ZoneFields({ zone }: { zone: ZoneNode }) {
  const t = useT();
  const local = useLocalized();
  const catalog = useCatalog();
  const session = useSession();
  const setProp = (prop: 'cidr' | 'regionId', value: string | undefined) =>
    session.run(commands.editNodes, { ids: [zone.id], patch: { props: { [prop]: value } }, field: prop });
  if (zone.zone === 'vpc' || isSecurityZoneKind(zone.zone)) {
    return (
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
