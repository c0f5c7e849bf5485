/**
 * Loads message packs before anything is shown in them. In the browser the English interface is a
 * chunk of its own, fetched when the user picks English (or starts with it); the documents' messages
 * (report, import, price lists, comparisons, CLI) of either language come with the code that makes
 * documents. The CLI and the tests load everything up front. Loading twice costs nothing.
 */
import type { Lang } from '../model/localized.ts';
import { hasMessages, registerMessages } from './translate.ts';

/** Set once the findings' texts have been asked for: a later language then gets them too. */
let findingsWanted = false;

/** The interface in `lang` (Chinese is always loaded), and the findings' texts once the app has findings. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (!hasMessages(lang)) {
    const { enInterface } = await import('./interface.en.ts');
    registerMessages('en', 'interface', enInterface);
  }
  if (findingsWanted) await loadFindingPack(lang);
}

/**
 * What findings say, in Chinese and in `lang`: fetched with the rules engine that makes findings (the
 * first screen has none to show before it). Chinese too, because an untranslated text falls back to it.
 */
export async function loadFindingTexts(lang: Lang): Promise<void> {
  findingsWanted = true;
  await Promise.all([loadFindingPack('zh'), loadLanguage(lang)]);
}

async function loadFindingPack(lang: Lang): Promise<void> {
  if (hasMessages(lang, 'findings')) return;
  if (lang === 'zh') {
    const { zhFindings } = await import('./findings.zh.ts');
    registerMessages('zh', 'findings', zhFindings);
  } else {
    const { enFindings } = await import('./findings.en.ts');
    registerMessages('en', 'findings', enFindings);
  }
}

/** The documents' messages in `lang`, its interface and the findings' texts. */
export async function loadDocumentMessages(lang: Lang): Promise<void> {
  // Documents (reports, the CLI's check) say what the findings say.
  await loadFindingTexts(lang);
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
