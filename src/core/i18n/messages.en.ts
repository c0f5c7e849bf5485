/** English messages, assembled like messages.zh.ts. */
import type { zh } from './messages.zh.ts';
import { app } from './en/app.ts';
import { cli } from './en/cli.ts';
import { read } from './en/read.ts';

export const en: Record<keyof typeof zh, string> = { ...app, ...read, ...cli };
