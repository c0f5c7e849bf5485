// Every language's messages, as the CLI has them: tests render English as well as Chinese.
import { loadLanguage } from '../src/core/i18n/load-language.ts';

await loadLanguage('en');
