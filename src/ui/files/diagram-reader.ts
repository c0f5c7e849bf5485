/**
 * The diagram file reader (JSON with locations, the schema on zod, references, migrations) as a chunk
 * of its own: the first screen does not need it (the catalog and the template index are validated
 * when the app is built). It is fetched when there is an autosave to open, a file to read, a paste to
 * check or a template to open, and by the idle warm-up; fetched once, then kept.
 */
type DiagramReader = typeof import('./diagram-reader-chunk.ts');

let pending: Promise<DiagramReader> | undefined;

export function loadDiagramReader(): Promise<DiagramReader> {
  if (!pending) {
    pending = import('./diagram-reader-chunk.ts');
    // A failed fetch (offline before the build was cached) may succeed later.
    pending.catch(() => (pending = undefined));
  }
  return pending;
}
