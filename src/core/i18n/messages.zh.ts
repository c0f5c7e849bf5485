/**
 * Chinese messages: the default language. One file per area under zh/, gathered in two packs: the
 * interface (interface.zh.ts, always loaded), the findings' texts (findings.zh.ts, loaded with the rules
 * engine) and the documents (documents.zh.ts, loaded with the code
 * that makes them). Every key must also exist under en/ (the type checker enforces it, and
 * test/unit/i18n.test.ts checks the placeholders). A new area goes into the interface pack unless only
 * lazily loaded code uses it.
 */
import { zhInterface } from './interface.zh.ts';
import { zhDocuments } from './documents.zh.ts';
import { zhFindings } from './findings.zh.ts';

export const zh = { ...zhInterface, ...zhFindings, ...zhDocuments } as const;
