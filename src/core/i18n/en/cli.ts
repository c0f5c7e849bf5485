import type { cli as zh } from '../zh/cli.ts';

/** English messages: cli. */
export const cli: Record<keyof typeof zh, string> = {
  'cli.usage':
    'Usage:\n  npm run -s cli -- check  FILE [--level 2|3|4] [--format text|json] [--lang zh|en]\n  npm run -s cli -- bom    FILE [--format csv|md|json|xlsx] [--out PATH] [--lang zh|en]\n  npm run -s cli -- export FILE --format svg|drawio|json|docx [--out PATH] [--layout]\n  npm run -s cli -- filing FILE --out DIR [--paper auto|a4|a3|a2|a1] [--lang zh|en]\n  npm run -s cli -- import FILE --from terraform|ros [--out PATH] [--level 2|3|4] [--title TEXT]\n  npm run -s cli -- check  FILE --from terraform|ros [--level 2|3|4] [--format text|json]\nFILE - reads standard input.',
  'cli.unknownCommand': 'Unknown command "{command}".',
  'cli.missingFile': 'The FILE argument is missing.',
  'cli.badOption': 'Invalid arguments: {detail}',
  'cli.badValue': 'Invalid value "{value}" for --{option}; allowed: {allowed}.',
  'cli.missingOption': 'The option --{option} is required.',
  'cli.cannotRead': 'Cannot read {file}: {reason}',
  'cli.cannotWrite': 'Cannot write {file}: {reason}',
  'cli.fileError': '{file}: {message}',
};
