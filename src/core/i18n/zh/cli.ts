/** Chinese messages: cli. */
export const cli = {
  'cli.usage':
    '用法：\n  npm run -s cli -- check  FILE [--level 2|3|4] [--format text|json] [--lang zh|en]\n  npm run -s cli -- bom    FILE [--format csv|md|json|xlsx] [--out PATH] [--lang zh|en]\n  npm run -s cli -- export FILE --format svg|drawio|json|docx [--out PATH] [--layout]\n  npm run -s cli -- filing FILE --out DIR [--paper auto|a4|a3|a2|a1] [--lang zh|en]\n  npm run -s cli -- import FILE --from terraform|ros [--out PATH] [--level 2|3|4] [--title 名称]\n  npm run -s cli -- check  FILE --from terraform|ros [--level 2|3|4] [--format text|json]\nFILE 为 - 时从标准输入读取。',
  'cli.unknownCommand': '未知的命令 "{command}"。',
  'cli.missingFile': '缺少文件参数 FILE。',
  'cli.badOption': '参数错误：{detail}',
  'cli.badValue': '选项 --{option} 的值 "{value}" 无效；可选：{allowed}。',
  'cli.missingOption': '缺少必需的选项 --{option}。',
  'cli.cannotRead': '无法读取 {file}：{reason}',
  'cli.cannotWrite': '无法写入 {file}：{reason}',
  'cli.fileError': '{file}：{message}',
} as const;
