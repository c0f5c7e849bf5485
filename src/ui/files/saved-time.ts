import type { Lang } from '../../core/model/localized.ts';

/** When a diagram was last saved, as the user's calendar and clock show it. */
export function savedTime(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
