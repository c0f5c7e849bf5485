/** Chinese messages: the editor session's undo labels and refusals. */
export const session = {
  'history.level': '定级改为{level}',
  'history.moveInto': '移入{name}',
  'refuse.unknownProduct': '产品目录中没有“{id}”。',
  'refuse.rulesLoading': '检查规则仍在加载，请稍后再试。',
} as const;
