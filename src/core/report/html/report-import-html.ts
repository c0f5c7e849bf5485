/** The compliance report's import section in HTML (issue 13): every text escaped, as everywhere else. */
import { t } from '../../i18n/translate.ts';
import type { Lang } from '../../model/localized.ts';
import type { ImportSection } from '../report-import.ts';
import { esc } from './escape.ts';

export function importSectionHtml(section: ImportSection, lang: Lang): string {
  const figures = section.figures.map((f) => `<tr><th>${esc(f.label)}</th><td class="num">${f.value}</td></tr>`).join('\n');
  const lists = section.lists.map((list) => `<h3>${esc(list.title)} (${list.items.length})</h3>\n<ul class="import-${list.id}">\n${list.items.map((item) => `<li>${esc(item)}</li>`).join('\n')}\n</ul>`);
  return [`<p class="intro">${esc(t(lang, 'report.imported.intro', { file: section.fileName }))}</p>`, `<table class="import-figures">\n${figures}\n</table>`, ...lists].join('\n');
}
