/** Chinese messages of the interface: what the app shows from its first screen on (see messages.zh.ts). */
import { app } from './zh/app.ts';
import { read } from './zh/read.ts';
import { editor } from './zh/editor.ts';
import { findings } from './zh/findings.ts';
import { rules } from './zh/rules.ts';
import { session } from './zh/session.ts';
import { tidy } from './zh/tidy.ts';
import { files } from './zh/files.ts';
import { canvasA11y } from './zh/canvas-a11y.ts';
import { keyboard } from './zh/keyboard.ts';
import { fixesDr } from './zh/fixes-dr.ts';
import { rules11 } from './zh/rules-1-1.ts';
import { importFile } from './zh/import-file.ts';
import { entryPoints } from './zh/entry-points.ts';

export const zhInterface = { ...app, ...read, ...editor, ...findings, ...rules, ...session, ...tidy, ...files, ...canvasA11y, ...keyboard, ...fixesDr, ...rules11, ...importFile, ...entryPoints } as const;
