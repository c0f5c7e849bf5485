/**
 * A file that is not a diagram may be a Terraform `terraform show -json` document or a ROS template
 * (issue 13), recognised by its content. Loaded only when such a file arrives (with the import core),
 * so opening a diagram never pays for it. Refusals are said here, in the UI's language, with where.
 */
import type { ReadError } from '../../core/format/errors.ts';
import { loadDocumentMessages } from '../../core/i18n/load-language.ts';
import { describeImportError, readInfrastructure } from '../../core/import/index.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { OpenOutcome } from '../files/open-file.ts';

// The dialog that follows a successful read: its chunk loads while the file is read.
void import('./lazy-parts.ts').catch(() => undefined);

export async function readInfraFile(text: string, name: string, notADiagram: ReadError, lang: Lang): Promise<OpenOutcome> {
  // The import's messages (refusals, zone reasons, the dialog's) are in the documents' pack.
  const messages = loadDocumentMessages(lang);
  const read = readInfrastructure(text, { fileName: name });
  await messages;
  if (read.ok) return { ok: 'import', name, plan: read.plan };
  // Parsed, but neither Terraform nor ROS: the diagram reader's words fit best ("not a diagram file").
  if (read.errors.every((e) => e.key === 'import.error.unknownSource')) return { ok: false, name, error: notADiagram, notInfra: true };
  return {
    ok: false,
    name,
    importErrors: read.errors.map((e) => {
      const { message, location } = describeImportError(e, lang);
      // Syntax errors name their line in the message already.
      return message.includes(location) ? message : lang === 'zh' ? `${message}（${location}）` : `${message} (${location})`;
    }),
  };
}
