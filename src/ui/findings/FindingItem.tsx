import { memo, useState } from 'react';
import type { Waiver } from '../../core/model/types.ts';
import { joinList, type MessageKey } from '../../core/i18n/translate.ts';
import type { Finding } from '../../core/rules/finding.ts';
import { waiverMatches } from '../../core/rules/waivers.ts';
import * as commands from '../../session/commands/index.ts';
import { useActionContext } from '../actions/action-context.tsx';
import { useLang } from '../i18n/lang-context.tsx';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { showFinding } from './navigate.ts';
import { WaiverForm } from './WaiverForm.tsx';
import './finding-clause.css';

interface Props {
  finding: Finding;
  /** How many open findings this finding's fix resolves. */
  resolves: number;
  /** Display names of targets (nodes by name, edges as "from → to"), for the document checked. */
  names: (ids: readonly string[]) => string[];
}

/**
 * One finding: what is wrong and where, expandable to its clause, control point and fix. Clicking it
 * shows its targets on the canvas; it can be fixed in one step or accepted with a reason.
 */
export const FindingItem = memo(function FindingItem({ finding, resolves, names }: Props) {
  const t = useT();
  const local = useLocalized();
  const lang = useLang();
  const ctx = useActionContext();
  const [open, setOpen] = useState(false);
  const [waiving, setWaiving] = useState(false);
  const targetNames = names(finding.targets);
  // A new waiver names the finding's first target (or the rule alone when it has none); editing or
  // withdrawing acts on whichever waivers accept this finding.
  const waiverKey = { rule: finding.rule, ...(finding.targets[0] !== undefined ? { target: finding.targets[0] } : {}) };
  const accepting = (w: Waiver) => waiverMatches(w, finding);
  const saveWaiver = (reason: string) => {
    ctx.session.run(commands.waive, { waiver: { ...waiverKey, reason }, ...(finding.waived ? { replacing: accepting } : {}) });
    setWaiving(false);
  };
  const fix = finding.fix;
  const fixLabel = fix ? t(fix.messageKey, fix.params) : '';
  return (
    <li className={`finding finding--${finding.severity}${finding.waived ? ' is-waived' : ''}`} data-rule={finding.rule}>
      <div className="finding__row">
        <button type="button" className="finding__toggle" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={`${finding.rule} ${open ? '−' : '+'}`}>
          {open ? '▾' : '▸'}
        </button>
        <span className={`finding__severity finding__severity--${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
        <button type="button" className="finding__message" onClick={() => showFinding(ctx, finding)} title={t('findings.locate')}>
          <span className="finding__rule">{finding.rule}</span> {t(finding.messageKey as MessageKey, finding.params)}
        </button>
        {/* The clause at the design's level, on the row: a workshop audience reads it without expanding. */}
        {finding.clause && (
          <span className="finding__clause" title={t('findings.clauseOnRow', { clause: finding.clause })}>
            {finding.clause}
          </span>
        )}
        {finding.waived && <span className="finding__accepted">{t('findings.accepted')}</span>}
      </div>
      {finding.waived && finding.waiverReason && <p className="finding__waiver">{t('findings.acceptedReason', { reason: finding.waiverReason })}</p>}
      {open && (
        <dl className="finding__details">
          <dt>{t('findings.clause')}</dt>
          <dd>{finding.clause || '—'}</dd>
          <dt>{t('findings.controlPoint')}</dt>
          <dd>{local(finding.controlPoint)}</dd>
          <dt>{t('findings.targets')}</dt>
          <dd>{targetNames.length > 0 ? joinList(targetNames, lang) : t('findings.wholeDesign')}</dd>
        </dl>
      )}
      <div className="finding__actions">
        {fix && !finding.waived && (
          <button
            type="button"
            className="finding__fix"
            onClick={() => ctx.session.run(commands.applyFix, { fix: fix.change, what: fixLabel })}
          >
            {resolves > 1 ? t('findings.fixResolves', { fix: fixLabel, count: resolves }) : t('findings.fix', { fix: fixLabel })}
          </button>
        )}
        {!finding.waived && !waiving && (
          <button type="button" onClick={() => setWaiving(true)}>
            {t('findings.waive')}
          </button>
        )}
        {finding.waived && !waiving && (
          <>
            <button type="button" onClick={() => setWaiving(true)}>
              {t('findings.waiveEdit')}
            </button>
            <button type="button" onClick={() => ctx.session.run(commands.unwaive, { matching: accepting })}>
              {t('findings.waiveRemove')}
            </button>
          </>
        )}
      </div>
      {waiving && <WaiverForm initial={finding.waiverReason ?? ''} onSave={saveWaiver} onCancel={() => setWaiving(false)} />}
    </li>
  );
});
