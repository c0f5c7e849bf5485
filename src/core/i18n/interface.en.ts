/** English messages of the interface: what the app shows from its first screen on (see messages.en.ts). */
import type { zhInterface } from './interface.zh.ts';
import { app } from './en/app.ts';
import { read } from './en/read.ts';
import { editor } from './en/editor.ts';
import { findings } from './en/findings.ts';
import { exportMessages } from './en/export.ts';
import { exportUi } from './en/export-ui.ts';
import { rules } from './en/rules.ts';
import { session } from './en/session.ts';
import { tidy } from './en/tidy.ts';
import { files } from './en/files.ts';
import { canvasA11y } from './en/canvas-a11y.ts';
import { keyboard } from './en/keyboard.ts';
import { filing } from './en/filing.ts';
import { filingDocs } from './en/filing-docs.ts';
import { print } from './en/print.ts';
import { fixesDr } from './en/fixes-dr.ts';
import { priceUi } from './en/price-ui.ts';
import { versions } from './en/versions.ts';
import { rules11 } from './en/rules-1-1.ts';
import { importFile } from './en/import-file.ts';

export const enInterface: Record<keyof typeof zhInterface, string> = { ...app, ...read, ...editor, ...findings, ...exportMessages, ...exportUi, ...rules, ...session, ...tidy, ...files, ...canvasA11y, ...keyboard, ...filing, ...filingDocs, ...print, ...fixesDr, ...rules11, ...priceUi, ...versions, ...importFile };
