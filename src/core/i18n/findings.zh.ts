/** Chinese finding texts: a pack fetched with the rules engine (see messages.zh.ts, load-language.ts). */
import { findingTexts } from './zh/finding-texts.ts';

export const zhFindings = { ...findingTexts } as const;
