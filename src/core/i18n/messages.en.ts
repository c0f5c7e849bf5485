/** English messages, assembled like messages.zh.ts. */
import type { zh } from './messages.zh.ts';
import { enInterface } from './interface.en.ts';
import { enDocuments } from './documents.en.ts';
import { enFindings } from './findings.en.ts';

export const en: Record<keyof typeof zh, string> = { ...enInterface, ...enFindings, ...enDocuments };
