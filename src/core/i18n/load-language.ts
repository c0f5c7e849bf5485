/**
 * Loads a language's messages before anything is shown in it. In the browser English is a chunk of
 * its own, fetched when the user picks English (or starts with it) and in the idle time after the
 * first screen; the CLI and the tests load it up front. Loading twice costs nothing.
 */
import type { Lang } from '../model/localized.ts';
import { hasMessages, registerMessages } from './translate.ts';

export async function loadLanguage(lang: Lang): Promise<void> {
  if (hasMessages(lang)) return;
  const { en } = await import('./messages.en.ts');
  registerMessages('en', en);
}
