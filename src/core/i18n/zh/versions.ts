/** Chinese messages: what the first screen says about versions and comparing (issue 14); the dialogs' own words are in compare-view.ts, loaded with them. */
export const versions = {
  'versions.saved': '已保存版本。',
  'versions.restored': '已恢复版本，可撤销。',
  'versions.unreadable': '此版本无法读取。',
  'compare.adopted': '已采纳建议，可撤销。',
} as const;
