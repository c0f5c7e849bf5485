import { nodeDisplayName } from '../../core/catalog/names.ts';
import type { EdgePatch } from '../../core/edit/edges.ts';
import { MAX_LABEL_LENGTH, PORT_RANGE } from '../../core/standard/limits.ts';
import { indexOf } from '../../core/index/diagram-index.ts';
import { impliedEncryption } from '../../core/model/encryption.ts';
import { BACKUP_MODES, EDGE_KINDS, PROTOCOLS, type BackupMode, type DiagramEdge, type EdgeKind, type Protocol } from '../../core/model/types.ts';
import { useCatalog, useEditorState, useSession } from '../editor/editor-context.tsx';
import * as commands from '../../session/commands/index.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { IntegerField, SelectField, TextField } from './fields.tsx';

type Tri = 'auto' | 'yes' | 'no';

/** The props of one or more connections: kind, protocol, port, encryption, backup mode, label. */
export function EdgePanel({ edges }: { edges: readonly DiagramEdge[] }) {
  const t = useT();
  const local = useLocalized();
  const catalog = useCatalog();
  const session = useSession();
  const doc = useEditorState((s) => s.doc);
  const ids = edges.map((e) => e.id);
  const key = ids.join(',');
  const first = edges[0]!;
  const same = <K extends keyof DiagramEdge>(field: K): DiagramEdge[K] | undefined => (edges.every((e) => e[field] === first[field]) ? first[field] : undefined);
  const mixed = (field: keyof DiagramEdge) => !edges.every((e) => e[field] === first[field]);
  const set = (field: string, patch: EdgePatch) => session.run(commands.editEdges, { ids, patch, field });
  const index = indexOf(doc);
  const name = (id: string) => {
    const node = index.node(id);
    return node ? local(nodeDisplayName(node, catalog)) : id;
  };
  const encrypted: Tri | '' = mixed('encrypted') ? '' : first.encrypted === undefined ? 'auto' : first.encrypted ? 'yes' : 'no';
  const implied = edges.length === 1 ? impliedEncryption(first, index.node(first.target)) : undefined;
  const allBackup = edges.every((e) => e.kind === 'backup');
  const mixedOption = { value: '' as const, label: t('inspector.mixed') };

  return (
    <section className="inspector__section" aria-label={t('inspector.edge')}>
      <h3 className="inspector__heading">{edges.length === 1 ? t('inspector.edge') : t('inspector.multi', { count: edges.length })}</h3>
      {edges.length === 1 && <p className="inspector__description">{t('inspector.edgeFromTo', { from: name(first.source), to: name(first.target) })}</p>}
      <SelectField<EdgeKind>
        label={t('inspector.kind')}
        value={same('kind') ?? ''}
        options={[...(mixed('kind') ? [mixedOption] : []), ...EDGE_KINDS.map((k) => ({ value: k, label: t(`edgeKind.${k}`) }))]}
        commit={(v) => v !== '' && set('kind', { kind: v })}
      />
      <SelectField<Protocol>
        label={t('inspector.protocol')}
        value={mixed('protocol') ? '' : (first.protocol ?? '')}
        options={[{ value: '', label: mixed('protocol') ? t('inspector.mixed') : t('inspector.protocolNone') }, ...PROTOCOLS.map((p) => ({ value: p, label: p }))]}
        commit={(v) => set('protocol', { protocol: v === '' ? undefined : v })}
      />
      <IntegerField
        key={`${key}:port`}
        label={t('inspector.port')}
        value={same('port')}
        range={PORT_RANGE}
        optional
        {...(mixed('port') ? { placeholder: t('inspector.mixed') } : {})}
        commit={(v) => set('port', { port: v })}
      />
      <SelectField<Tri>
        label={t('inspector.encrypted')}
        value={encrypted}
        options={[
          ...(encrypted === '' ? [mixedOption] : []),
          { value: 'auto', label: t('inspector.encryptedAuto', { value: implied === undefined ? '…' : t(implied ? 'inspector.encryptedYes' : 'inspector.encryptedNo') }) },
          { value: 'yes', label: t('inspector.encryptedYes') },
          { value: 'no', label: t('inspector.encryptedNo') },
        ]}
        commit={(v) => v !== '' && set('encrypted', { encrypted: v === 'auto' ? undefined : v === 'yes' })}
      />
      {allBackup && (
        <SelectField<BackupMode>
          label={t('inspector.mode')}
          value={mixed('mode') ? '' : (first.mode ?? 'scheduled')}
          options={[...(mixed('mode') ? [mixedOption] : []), ...BACKUP_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))]}
          commit={(v) => v !== '' && set('mode', { mode: v })}
        />
      )}
      <TextField
        key={`${key}:label`}
        label={t('inspector.label')}
        value={same('label') ?? ''}
        maxLength={MAX_LABEL_LENGTH}
        commit={(v) => set('label', { label: v === '' ? undefined : v })}
      />
    </section>
  );
}
