/**
 * The two forms of `check`'s output (cli.md): JSON exactly in the documented shape, and a readable
 * text report, one group of lines per finding. Both are pure functions of the result, so two runs on
 * the same file print the same bytes.
 */
import { t } from '../core/i18n/translate.ts';
import type { Lang } from '../core/model/localized.ts';
import type { Diagram } from '../core/model/types.ts';
import { LAYERS } from '../core/standard/catalogue.ts';
import type { CheckResult, Finding } from '../core/rules/finding.ts';

export function checkJson(result: CheckResult, lang: Lang): string {
  const report = {
    level: result.level,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      clause: f.clause,
      targets: f.targets,
      waived: f.waived,
      message: t(lang, f.messageKey, f.params),
    })),
    summary: result.summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function findingLines(f: Finding, lang: Lang): string[] {
  const severity = t(lang, `severity.${f.severity}`);
  const tag = f.waived ? `${severity} · ${t(lang, 'check.accepted')}` : severity;
  const head = [`[${tag}]`, f.rule, f.clause, f.controlPoint[lang]].filter((part) => part !== '').join('  ');
  const targets = f.targets.length > 0 ? f.targets.join(', ') : t(lang, 'check.wholeDesign');
  const lines = [head, `  ${t(lang, 'check.targets', { targets })}`, `  ${t(lang, f.messageKey, f.params)}`];
  if (f.waived) lines.push(`  ${t(lang, 'check.waived', { reason: f.waiverReason ?? '' })}`);
  else if (f.fix) lines.push(`  ${t(lang, 'check.fix', { fix: t(lang, f.fix.messageKey, f.fix.params) })}`);
  return lines;
}

export function checkText(diagram: Diagram, result: CheckResult, lang: Lang): string {
  const level = t(lang, `rules.level.${result.level}`);
  const out: string[] = [t(lang, 'check.title', { title: diagram.meta.title, level, platform: t(lang, `rules.platform.${diagram.meta.platform}`) }), ''];
  if (result.findings.length === 0) out.push(t(lang, 'check.none'), '');
  for (const finding of result.findings) out.push(...findingLines(finding, lang), '');
  out.push(t(lang, 'check.summary', result.summary));
  const readiness = LAYERS.map((layer) => {
    const r = result.readiness[layer];
    return `${t(lang, `layer.${layer}`)} ${t(lang, 'readiness.value', { passing: r.passing, applicable: r.applicable })}`;
  });
  out.push(t(lang, 'check.readiness', { label: t(lang, 'readiness.label'), layers: readiness.join(' · ') }));
  out.push(result.summary.error === 0 ? t(lang, 'check.pass') : t(lang, 'check.fail', { count: result.summary.error, level }));
  return `${out.join('\n')}\n`;
}
