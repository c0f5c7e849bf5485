/**
 * `import FILE --from terraform|ros [--out PATH] [--level 2|3|4] [--title TEXT]`: the system drawn as a
 * diagram in its 等保 zones, laid out (elkjs in-process), written as the canonical JSON; one line on
 * standard error per resource that was not mapped. `check FILE --from …` goes through the same import
 * and then the checker (see main.ts).
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { writeDiagram } from '../../core/format/write.ts';
import { t } from '../../core/i18n/translate.ts';
import { layoutImported } from '../../core/import/layout-imported.ts';
import type { BuildImportResult } from '../../core/import/build.ts';
import type { CliArgs } from '../args.ts';
import { EXIT_OK, EXIT_UNUSABLE } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { emit } from '../output.ts';

export async function runImport(built: BuildImportResult, args: CliArgs, io: CliIo, catalog: Catalog): Promise<number> {
  const { nodeLayoutEngine } = await import('../../node/layout-node.ts');
  const diagram = await layoutImported(built.diagram, catalog, nodeLayoutEngine);
  for (const r of built.report.notMapped) io.stderr(`${t(args.lang, 'import.cli.notMapped', { type: r.type, address: r.address })}\n`);
  return emit(writeDiagram(diagram), args, io) ? EXIT_OK : EXIT_UNUSABLE;
}
