/** Chinese messages: app. */
export const app = {
  'app.name': '等保架构设计器',
  'app.language': '语言',
  'app.palette': '产品面板',
  'app.canvas': '画布',
  'app.inspector': '属性面板',
  'app.paletteSearch': '搜索产品（中文、英文、曾用名）',
  'app.nothingSelected': '未选择任何元素。选中画布上的产品、区域或连线后，在这里编辑其属性。',
  'app.emptyCanvas': '空白画布',
  'app.offlineReady': '已可离线使用',
  'app.catalogError': '产品目录无法加载：',
  'app.partFailed': '这部分功能未能加载（可能已离线，且此前未缓存）。请联网后重试。',
} as const;
