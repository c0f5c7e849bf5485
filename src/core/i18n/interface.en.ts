/** English messages of the interface: what the app shows from its first screen on (see messages.en.ts). */
import type { zhInterface } from './interface.zh.ts';
import { app } from './en/app.ts';
import { read } from './en/read.ts';
import { editor } from './en/editor.ts';
import { findings } from './en/findings.ts';
import { rules } from './en/rules.ts';
import { session } from './en/session.ts';
import { tidy } from './en/tidy.ts';
import { files } from './en/files.ts';
import { canvasA11y } from './en/canvas-a11y.ts';
import { keyboard } from './en/keyboard.ts';
import { fixesDr } from './en/fixes-dr.ts';
import { rules11 } from './en/rules-1-1.ts';
import { importFile } from './en/import-file.ts';
import { entryPoints } from './en/entry-points.ts';

export const enInterface: Record<keyof typeof zhInterface, string> = { ...app, ...read, ...editor, ...findings, ...rules, ...session, ...tidy, ...files, ...canvasA11y, ...keyboard, ...fixesDr, ...rules11, ...importFile, ...entryPoints };
