/**
 * Messages between the app and its layout worker (layout.worker.ts), shared by both ends. The app
 * builds the ELK graph from the document and reads the answer back (pure core, milliseconds); the
 * worker only runs ELK, the part that takes long, so the page never freezes while it runs.
 */
import type { ElkNodeJson } from '../../core/layout/elk-json.ts';

/**
 * App → worker: lay out this graph (`id` ties the answers to the request); or `warm`: lay out a small
 * graph and answer nothing, so that loading and compiling ELK is paid while the user is still looking
 * at the diagram, not on their first "tidy up".
 */
export type LayoutWorkerRequest = { type: 'layout'; id: number; graph: ElkNodeJson } | { type: 'warm'; graph: ElkNodeJson };

/** Worker → app: the request was picked up, finished, or failed (elapsed time measured in the worker). */
export type LayoutWorkerResponse =
  | { type: 'started'; id: number }
  | { type: 'done'; id: number; graph: ElkNodeJson; elapsedMs: number }
  | { type: 'failed'; id: number; message: string; elapsedMs: number };
