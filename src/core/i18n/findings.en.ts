/** English finding texts: a pack fetched with the rules engine when the app is in English (see load-language.ts). */
import type { zhFindings } from './findings.zh.ts';
import { findingTexts } from './en/finding-texts.ts';

export const enFindings: Record<keyof typeof zhFindings, string> = { ...findingTexts };
