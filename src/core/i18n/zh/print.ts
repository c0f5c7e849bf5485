/** Chinese messages: the printed drawing (paper choice, drawings spread over several sheets). */
export const print = {
  'print.pageMap': '页面分布图：本图分 {pages} 页打印，第 1 页为本页，框内数字为各页页码',
  'print.tileCaption': '第 {page} 页 / 共 {pages} 页 · 第 {row} 行第 {column} 列 · 虚线外为与相邻页重叠部分，沿角标裁切拼接',
  'exportDialog.format.pdf': 'PDF（自动选纸：A3/A2/A1，字号不小于 6 pt）',
  'exportDialog.format.pdf-a2': 'PDF（A2）',
  'exportDialog.format.pdf-a1': 'PDF（A1）',
} as const;
