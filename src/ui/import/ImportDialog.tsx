import { useMemo, useState, useEffect } from 'react';
import { MAX_TITLE_LENGTH } from '../../core/standard/limits.ts';
import { codePointLength } from '../../core/standard/text.ts';
import { PLATFORMS, SECURITY_ZONE_KINDS, type Level, type Platform, type SecurityZoneKind } from '../../core/model/types.ts';
import { useCatalog, useEditorState, useUiState } from '../editor/editor-context.tsx';
import { warmUpLayout } from '../layout/run-layout.ts';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { Modal } from '../shell/Modal.tsx';
import { usePrefs } from '../state/prefs-store.ts';
import { useWorkbench } from '../workbench/workbench-context.tsx';
import { madeByImport, runImport } from './run-import.ts';
import { zoneRows } from './zone-rows.ts';
import './import.css';
import { LevelRadios } from '../shell/level-choice.tsx';

/**
 * The import dialog (issue 13): the file just read, one row per vSwitch with its CIDR, the products it
 * holds and the security zone proposed for it (a select, the reason beside it), then the system's
 * name, level and platform. Over a design an earlier import made, it offers to update that design.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const local = useLocalized();
  const lang = usePrefs((s) => s.lang);
  const catalog = useCatalog();
  // ELK starts while the user reads and confirms the zone kinds, not after (the layout is most of an import).
  useEffect(() => warmUpLayout(catalog), [catalog]);
  const bench = useWorkbench();
  const pending = useUiState((s) => s.pendingImport);
  const doc = useEditorState((s) => s.doc);
  const rows = useMemo(() => (pending ? zoneRows(pending.plan, catalog) : []), [pending, catalog]);
  const canUpdate = madeByImport(doc);
  const [kinds, setKinds] = useState<Record<string, SecurityZoneKind>>(() => Object.fromEntries(rows.map((r) => [r.vswitch, r.proposed])));
  const [update, setUpdate] = useState(canUpdate);
  const [title, setTitle] = useState(() => (canUpdate ? doc.meta.title : defaultTitle(pending?.fileName ?? '')));
  const [level, setLevel] = useState<Level>(doc.nodes.length > 0 ? doc.meta.level : 3);
  const [platform, setPlatform] = useState<Platform>(doc.meta.platform);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  if (!pending) return <></>;
  const { plan } = pending;
  const titleError = title.trim() === '' ? t('inspector.titleRequired') : codePointLength(title) > MAX_TITLE_LENGTH ? t('inspector.tooLong', { max: MAX_TITLE_LENGTH }) : undefined;

  const confirm = async () => {
    if (titleError || busy) return;
    setBusy(true);
    setFailure(undefined);
    const outcome = await runImport(bench, pending, { zoneKinds: kinds, level, title: title.trim(), platform, update: update && canUpdate });
    setBusy(false);
    if (outcome.status === 'failed') setFailure(t('importUi.failed', { reason: outcome.reason }));
    else onClose();
  };

  return (
    <Modal title={t('importUi.title', { name: pending.fileName })} onClose={onClose} className="import-dialog">
      <form
        className="form"
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <p className="import-dialog__summary">
          {t('importUi.summary', {
            source: plan.source === 'terraform' ? 'Terraform' : 'ROS',
            document: t(`importUi.doc.${plan.document}`),
            resources: plan.resources.length,
            vswitches: rows.length,
          })}
        </p>
        {rows.length === 0 ? (
          <p>{t('importUi.noVswitches')}</p>
        ) : (
          <div className="import-dialog__scroll">
            <table className="import-zones">
              <caption>{t('importUi.zonesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('importUi.col.vswitch')}</th>
                  <th scope="col">{t('importUi.col.cidr')}</th>
                  <th scope="col">{t('importUi.col.products')}</th>
                  <th scope="col">{t('importUi.col.kind')}</th>
                  <th scope="col">{t('importUi.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => {
                  const reasonId = `import-reason-${i}`;
                  return (
                    <tr key={row.vswitch}>
                      <th scope="row">
                        <span className="import-zones__name">{row.name}</span>
                        {row.name !== row.vswitch && <span className="import-zones__address">{row.vswitch}</span>}
                      </th>
                      <td className="import-zones__cidr">{row.cidr}</td>
                      <td>{row.products.map((p) => `${typeof p.name === 'string' ? p.name : local(p.name)}${p.count > 1 ? ` ×${p.count}` : ''}`).join(lang === 'zh' ? '、' : ', ')}</td>
                      <td>
                        <select
                          aria-label={t('importUi.kindOf', { name: row.name })}
                          aria-describedby={reasonId}
                          value={kinds[row.vswitch] ?? row.proposed}
                          onChange={(e) => setKinds({ ...kinds, [row.vswitch]: e.target.value as SecurityZoneKind })}
                          disabled={busy}
                        >
                          {SECURITY_ZONE_KINDS.map((k) => (
                            <option key={k} value={k}>
                              {local(catalog.zone(k).name)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td id={reasonId} className="import-zones__reason">
                        {t(row.reason.key, row.reason.params)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="import-dialog__fields">
          <label className="field">
            <span className="field__label">{t('inspector.title')}</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={titleError !== undefined} disabled={busy} />
            {titleError && <span className="field__error">{titleError}</span>}
          </label>
          <LevelRadios name="import-level" level={level} onChange={setLevel} disabled={busy} />
          <label className="field">
            <span className="field__label">{t('inspector.platform')}</span>
            <select value={platform} onChange={(e) => setPlatform(e.target.value as Platform)} disabled={busy}>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {t(`platform.${p}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {canUpdate && (
          <fieldset className="field import-dialog__mode" aria-label={t('importUi.confirm')}>
            <label>
              <input type="radio" name="import-mode" checked={update} onChange={() => setUpdate(true)} disabled={busy} />
              {t('importUi.mode.update')}
            </label>
            <label>
              <input type="radio" name="import-mode" checked={!update} onChange={() => setUpdate(false)} disabled={busy} />
              {t('importUi.mode.new')}
            </label>
          </fieldset>
        )}
        {busy && <p role="status">{t('importUi.working')}</p>}
        {failure && <p role="alert" className="field__error">{failure}</p>}
        <div className="modal__actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('file.cancel')}
          </button>
          <button type="submit" className="primary" disabled={titleError !== undefined || busy}>
            {t('importUi.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** `shop.tfstate.json` → `shop`: the file's name without its extensions is the system's first name. */
function defaultTitle(fileName: string): string {
  const base = fileName.replace(/\.(json|ya?ml|tfstate|tfplan|plan|state|ros)$/gi, '').replace(/\.(json|ya?ml|tfstate|tfplan|plan|state|ros)$/gi, '');
  return base.trim() || fileName;
}
