/**
 * `bom --format json` exactly as `shared/spec/cli.md` prints it:
 * { "lines": [ { "product", "name", "edition", "spec", "quantity", "controls" } ] }, with `edition` and
 * `spec` null where a line has none and `controls` the rule ids the product helps satisfy.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import { buildBom } from './bom.ts';

export interface BomJsonLine {
  product: string;
  name: string;
  edition: string | null;
  spec: string | null;
  quantity: number;
  controls: string[];
}

export function bomJson(doc: Diagram, catalog: Catalog, lang: Lang): string {
  const lines: BomJsonLine[] = buildBom(doc, catalog).map((line) => ({
    product: line.product,
    name: catalog.product(line.product)?.name[lang] ?? line.product,
    edition: line.edition ?? null,
    spec: line.spec ?? null,
    quantity: line.quantity,
    controls: line.controls,
  }));
  return `${JSON.stringify({ lines }, null, 2)}\n`;
}
