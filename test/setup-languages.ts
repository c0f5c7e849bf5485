// Every message pack of every language, as the CLI has them: tests render documents in both languages.
import { loadAllMessages } from '../src/core/i18n/load-language.ts';

await loadAllMessages();
