/** The catalog's data is wrong: every problem found, one a line (file and field first). */
export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`The product catalog is invalid:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'CatalogError';
  }
}
