/**
 * The title block of the sheet, as on an engineering drawing: 系统名称, 安全保护等级, 运营使用单位,
 * 云平台 with its own level, version, date (and who prepared it, when given). Empty values stay blank
 * lines to fill in by hand rather than made up.
 */
import { t } from '../../i18n/translate.ts';
import type { Lang } from '../../model/localized.ts';
import type { DiagramMeta } from '../../model/types.ts';
import { levelName, platformWithLevel } from '../names.ts';
import { drawable } from '../text/clean-text.ts';
import { ellipsize } from '../text/measure.ts';
import type { Panel, Shape } from './shapes.ts';
import { INK, MUTED, PAPER, RULE_LINE, SIZES } from './style.ts';

const WIDTH = 440;
const LABEL_WIDTH = 112;
const ROW = 24;

export function titleBlockRows(meta: DiagramMeta, lang: Lang, date?: string): [string, string][] {
  const rows: [string, string][] = [
    [t(lang, 'export.titleBlock.system'), meta.title],
    [t(lang, 'export.titleBlock.level'), levelName(meta.level, lang)],
    [t(lang, 'export.titleBlock.organization'), meta.organization ?? ''],
    [t(lang, 'export.titleBlock.platform'), platformWithLevel(meta, lang)],
    [t(lang, 'export.titleBlock.version'), meta.version ?? ''],
    [t(lang, 'export.titleBlock.date'), meta.date ?? date ?? ''],
  ];
  if (meta.author !== undefined) rows.push([t(lang, 'export.titleBlock.author'), meta.author]);
  return rows;
}

export function titleBlockPanel(meta: DiagramMeta, lang: Lang, date?: string): Panel {
  const rows = titleBlockRows(meta, lang, date);
  const height = rows.length * ROW;
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: 0, width: LABEL_WIDTH, height, fill: '#f3f4f6' },
    { kind: 'rect', x: 0, y: 0, width: WIDTH, height, stroke: RULE_LINE, strokeWidth: 1.4, fill: PAPER, fillOpacity: 0 },
    { kind: 'path', d: `M ${LABEL_WIDTH} 0 L ${LABEL_WIDTH} ${height}`, stroke: RULE_LINE, strokeWidth: 0.8 },
  ];
  rows.forEach(([label, value], i) => {
    const top = i * ROW;
    if (i > 0) shapes.push({ kind: 'path', d: `M 0 ${top} L ${WIDTH} ${top}`, stroke: RULE_LINE, strokeWidth: 0.6 });
    const baseline = top + ROW / 2 + SIZES.tableText * 0.36;
    shapes.push({ kind: 'text', x: 8, y: baseline, text: label, size: SIZES.tableText, color: MUTED, anchor: 'start' });
    const bold = i === 0;
    const text = ellipsize(drawable(value), WIDTH - LABEL_WIDTH - 16, SIZES.tableText, bold);
    if (text !== '') shapes.push({ kind: 'text', x: LABEL_WIDTH + 8, y: baseline, text, size: SIZES.tableText, bold, color: INK, anchor: 'start' });
  });
  return { width: WIDTH, height, shapes };
}
