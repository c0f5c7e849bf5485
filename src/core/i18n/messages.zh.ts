/**
 * Chinese messages: the default language. One file per area under zh/; every key must also exist
 * under en/ (the type checker enforces it, and test/unit/i18n.test.ts checks the placeholders).
 */
import { app } from './zh/app.ts';
import { canvasA11y } from './zh/canvas-a11y.ts';
import { cli } from './zh/cli.ts';
import { editor } from './zh/editor.ts';
import { files } from './zh/files.ts';
import { findings } from './zh/findings.ts';
import { exportMessages } from './zh/export.ts';
import { exportUi } from './zh/export-ui.ts';
import { read } from './zh/read.ts';
import { report } from './zh/report.ts';
import { rules } from './zh/rules.ts';
import { rules11 } from './zh/rules-1-1.ts';
import { session } from './zh/session.ts';
import { tidy } from './zh/tidy.ts';
import { keyboard } from './zh/keyboard.ts';
import { filing } from './zh/filing.ts';
import { filingDocs } from './zh/filing-docs.ts';
import { print } from './zh/print.ts';
import { fixesDr } from './zh/fixes-dr.ts';
import { importMessages } from './zh/import.ts';
import { importUi } from './zh/import-ui.ts';

export const zh = { ...app, ...read, ...cli, ...editor, ...findings, ...exportMessages, ...exportUi, ...rules, ...report, ...session, ...tidy, ...files, ...canvasA11y, ...keyboard, ...filing, ...filingDocs, ...print, ...fixesDr, ...rules11, ...importMessages, ...importUi } as const;
