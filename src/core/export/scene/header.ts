/** The sheet's heading: the system's name, and what the sheet is (系统拓扑结构图, or a part of it). */
import { t } from '../../i18n/translate.ts';
import type { Lang } from '../../model/localized.ts';
import type { DiagramMeta } from '../../model/types.ts';
import { levelName } from '../names.ts';
import { drawable } from '../text/clean-text.ts';
import { ellipsize, textWidth } from '../text/measure.ts';
import type { Panel } from './shapes.ts';
import { INK, MUTED, SIZES } from './style.ts';

const MAX_WIDTH = 900;

export function headerPanel(meta: DiagramMeta, lang: Lang, partial: boolean): Panel {
  const title = ellipsize(drawable(meta.title), MAX_WIDTH, SIZES.sheetTitle, true);
  const subtitle = `${t(lang, 'export.sheet.subtitle')}${partial ? t(lang, 'export.selection') : ''} · ${levelName(meta.level, lang)}`;
  const width = Math.max(textWidth(title, SIZES.sheetTitle, true), textWidth(subtitle, SIZES.sheetSubtitle));
  return {
    width,
    height: 48,
    shapes: [
      { kind: 'text', x: 0, y: 21, text: title, size: SIZES.sheetTitle, bold: true, color: INK, anchor: 'start' },
      { kind: 'text', x: 0, y: 42, text: subtitle, size: SIZES.sheetSubtitle, color: MUTED, anchor: 'start' },
    ],
  };
}
