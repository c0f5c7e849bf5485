/** Chinese messages: what the first screen says about versions and comparing (issue 14); the dialogs' own words are in compare-view.ts, loaded with them. */
export const versions = {
  'toolbar.versions': '版本',
  'toolbar.compare': '对比',
  'toolbar.levelDelta': '升级到{level}需要什么',
  'history.restoreVersion': '恢复版本',
  'history.adoptProposal': '采纳{level}建议',
  'versions.failed': '版本未保存：浏览器存储失败（{reason}）。当前设计未受影响。',
  'versions.saved': '已保存版本。',
  'versions.restored': '已恢复版本，可撤销。',
  'versions.unreadable': '此版本无法读取。',
  'compare.adopted': '已采纳建议，可撤销。',
} as const;
