/** Chinese messages: "tidy up" (automatic layout) says what it tidies. */
export const tidy = {
  'tidy.all': '整理全部',
  'tidy.selection': '整理所选 {count} 项',
  'tidy.zone': '整理“{name}”内部',
  'tidy.doneAll': '已整理全部（{seconds} 秒），可撤销。',
  'tidy.doneSelection': '已整理所选 {count} 项（{seconds} 秒），可撤销。',
  'tidy.doneZone': '已整理“{name}”内部（{seconds} 秒），可撤销。',
} as const;
