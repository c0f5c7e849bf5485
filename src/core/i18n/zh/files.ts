/** Chinese messages: starting a design (templates on the empty canvas), 我的图 and reopening a file. */
export const files = {
  'start.region': '开始设计',
  'start.heading': '从参考模板开始',
  'start.blank': '空白开始',
  'meta.organizationPlaceholder': '（单位名称）',
  'file.sameTitle': '此文件已在“我的图”中',
  'file.sameStored': '“{title}”（更新于 {time}）与此文件内容完全相同。',
  'file.sameCurrent': '此文件与当前打开的图“{title}”内容完全相同。',
  'file.sameQuestion': '打开已有的图继续编辑，还是把文件作为一张新图再保存一份？',
  'file.openExisting': '打开已有',
  'file.openAsNew': '仍然作为新图打开',
} as const;
