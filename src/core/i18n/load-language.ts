/**
 * Loads message packs before anything is shown in them. In the browser the English interface is a
 * chunk of its own, fetched when the user picks English (or starts with it); the documents' messages
 * (report, import, price lists, comparisons, CLI) of either language come with the code that makes
 * documents. The CLI and the tests load everything up front. Loading twice costs nothing.
 */
import type { Lang } from '../model/localized.ts';
import { hasMessages, registerMessages } from './translate.ts';

/** The interface in `lang` (Chinese is always loaded). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (hasMessages(lang)) return;
  const { enInterface } = await import('./interface.en.ts');
  registerMessages('en', 'interface', enInterface);
}

/** The documents' messages in `lang`, and its interface. */
export async function loadDocumentMessages(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  if (hasMessages(lang, 'documents')) return;
  if (lang === 'zh') {
    const { zhDocuments } = await import('./documents.zh.ts');
    registerMessages('zh', 'documents', zhDocuments);
  } else {
    const { enDocuments } = await import('./documents.en.ts');
    registerMessages('en', 'documents', enDocuments);
  }
}

/** Every pack of every language (the CLI, the tests). */
export async function loadAllMessages(): Promise<void> {
  await Promise.all([loadDocumentMessages('zh'), loadDocumentMessages('en')]);
}
