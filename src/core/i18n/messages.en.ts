/** English messages, assembled like messages.zh.ts. */
import type { zh } from './messages.zh.ts';
import { app } from './en/app.ts';
import { canvasA11y } from './en/canvas-a11y.ts';
import { cli } from './en/cli.ts';
import { editor } from './en/editor.ts';
import { files } from './en/files.ts';
import { findings } from './en/findings.ts';
import { exportMessages } from './en/export.ts';
import { exportUi } from './en/export-ui.ts';
import { read } from './en/read.ts';
import { report } from './en/report.ts';
import { rules } from './en/rules.ts';
import { rules11 } from './en/rules-1-1.ts';
import { session } from './en/session.ts';
import { tidy } from './en/tidy.ts';
import { keyboard } from './en/keyboard.ts';
import { filing } from './en/filing.ts';
import { filingDocs } from './en/filing-docs.ts';
import { print } from './en/print.ts';
import { fixesDr } from './en/fixes-dr.ts';
import { importMessages } from './en/import.ts';
import { importUi } from './en/import-ui.ts';

export const en: Record<keyof typeof zh, string> = { ...app, ...read, ...cli, ...editor, ...findings, ...exportMessages, ...exportUi, ...rules, ...report, ...session, ...tidy, ...files, ...canvasA11y, ...keyboard, ...filing, ...filingDocs, ...print, ...fixesDr, ...rules11, ...importMessages, ...importUi };
