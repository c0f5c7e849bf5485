/**
 * The app's handle on auto-layout: prepares the ELK graph (pure core), has the layout worker run ELK,
 * and turns the answer into the next document version (one document change: one undo step for the
 * caller). A newer request supersedes an older one (the older resolves as `superseded` and its answer,
 * should it still come, is dropped); `cancel` ends the worker's run by terminating it, and the next
 * request starts a fresh worker. Progress reports "started", then "running" every `tickMs` with the
 * elapsed time, then "done", so the UI can show progress and a cancel button once a run passes a second.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { prepareLayout, type LayoutRequest } from '../../core/layout/layout-diagram.ts';
import type { LayoutScope } from '../../core/layout/layout-scope.ts';
import type { ElkNodeJson } from '../../core/layout/elk-json.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from './layout-protocol.ts';

export interface LayoutProgress {
  phase: 'started' | 'running' | 'done';
  /** Since the request was sent to the worker. */
  elapsedMs: number;
}

export type LayoutOutcome =
  | { status: 'done'; doc: Diagram; elapsedMs: number }
  | { status: 'superseded' }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export type GraphOutcome = { status: 'done'; graph: ElkNodeJson; elapsedMs: number } | Exclude<LayoutOutcome, { status: 'done' }>;

/** The part of a Worker the client uses (tests pass a fake). */
export interface LayoutWorkerLike {
  postMessage(message: LayoutWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<LayoutWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface LayoutClientOptions {
  createWorker?: () => LayoutWorkerLike;
  /** How often "running" progress is reported. */
  tickMs?: number;
}

export interface LayoutClient {
  layout(doc: Diagram, catalog: Catalog, scope: LayoutScope, onProgress?: (progress: LayoutProgress) => void): Promise<LayoutOutcome>;
  /**
   * Start the worker and have it lay out a small graph, when nothing runs yet: the first real layout
   * then skips the worker's start and ELK's compilation (bench/README.md). Does nothing otherwise.
   */
  warm(graph: ElkNodeJson): void;
  /**
   * Lay out an ELK graph prepared elsewhere (the `LayoutEngine` that `layoutImported` and
   * `layoutDiagram` take): same worker, same superseding and cancelling as `layout`.
   */
  graph(graph: ElkNodeJson, onProgress?: (progress: LayoutProgress) => void): Promise<GraphOutcome>;
  /** Stop the running layout, if any (its promise resolves as `cancelled`). */
  cancel(): void;
  /** Whether a layout is running. */
  readonly busy: boolean;
  /** Terminate the worker for good (the client can still be used: a new worker starts on demand). */
  dispose(): void;
}

interface Pending {
  id: number;
  /** Turns the worker's answer into the outcome (a document, or the graph itself). */
  apply(graph: ElkNodeJson, elapsedMs: number): LayoutOutcome | GraphOutcome;
  sentAt: number;
  onProgress: ((progress: LayoutProgress) => void) | undefined;
  timer: ReturnType<typeof setInterval> | undefined;
  resolve(outcome: LayoutOutcome | GraphOutcome): void;
}

export function defaultLayoutWorker(): LayoutWorkerLike {
  // This exact form lets Vite emit the worker (and elkjs with it) as a chunk of its own.
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }) as LayoutWorkerLike;
}

export function createLayoutClient(options: LayoutClientOptions = {}): LayoutClient {
  const createWorker = options.createWorker ?? defaultLayoutWorker;
  const tickMs = options.tickMs ?? 250;
  let worker: LayoutWorkerLike | undefined;
  let pending: Pending | undefined;
  let nextId = 1;

  const finish = (outcome: LayoutOutcome | GraphOutcome) => {
    const current = pending;
    if (!current) return;
    pending = undefined;
    if (current.timer !== undefined) clearInterval(current.timer);
    current.resolve(outcome);
  };
  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
  };
  const onMessage = (event: MessageEvent<LayoutWorkerResponse>) => {
    const message = event.data;
    const current = pending;
    // Answers to superseded or cancelled requests are dropped.
    if (!current || message.id !== current.id) return;
    const elapsedMs = performance.now() - current.sentAt;
    if (message.type === 'started') {
      current.onProgress?.({ phase: 'started', elapsedMs });
      return;
    }
    if (message.type === 'failed') {
      finish({ status: 'failed', message: message.message });
      return;
    }
    let outcome: LayoutOutcome | GraphOutcome;
    try {
      outcome = current.apply(message.graph, elapsedMs);
    } catch (error) {
      finish({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    current.onProgress?.({ phase: 'done', elapsedMs });
    finish(outcome);
  };
  const ensureWorker = (): LayoutWorkerLike => {
    if (worker) return worker;
    const fresh = createWorker();
    fresh.onmessage = onMessage;
    fresh.onerror = (event) => {
      // A worker that failed to load or crashed is replaced on the next request.
      if (worker === fresh) stopWorker();
      finish({ status: 'failed', message: event.message || 'layout worker error' });
    };
    worker = fresh;
    return fresh;
  };

  const send = (graph: ElkNodeJson, apply: Pending['apply'], onProgress: ((progress: LayoutProgress) => void) | undefined): Promise<LayoutOutcome | GraphOutcome> => {
    if (pending) {
      // ELK cannot be interrupted inside the worker: a stale run is ended with the worker itself.
      stopWorker();
      finish({ status: 'superseded' });
    }
    const id = nextId++;
    return new Promise((resolve) => {
      const sentAt = performance.now();
      const entry: Pending = { id, apply, sentAt, onProgress, timer: undefined, resolve };
      pending = entry;
      entry.timer = setInterval(() => {
        if (pending === entry) onProgress?.({ phase: 'running', elapsedMs: performance.now() - sentAt });
      }, tickMs);
      ensureWorker().postMessage({ type: 'layout', id, graph });
    });
  };

  return {
    layout(doc, catalog, scope, onProgress) {
      let request: LayoutRequest | undefined;
      try {
        request = prepareLayout(doc, catalog, scope);
      } catch (error) {
        return Promise.resolve({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
      if (!request) return Promise.resolve({ status: 'done', doc, elapsedMs: 0 });
      const prepared = request;
      return send(prepared.graph, (graph, elapsedMs) => ({ status: 'done', doc: prepared.apply(graph), elapsedMs }), onProgress) as Promise<LayoutOutcome>;
    },
    graph(graph, onProgress) {
      return send(graph, (laidOut, elapsedMs) => ({ status: 'done', graph: laidOut, elapsedMs }), onProgress) as Promise<GraphOutcome>;
    },
    warm(graph) {
      if (worker || pending) return;
      ensureWorker().postMessage({ type: 'warm', graph });
    },
    cancel() {
      if (!pending) return;
      stopWorker();
      finish({ status: 'cancelled' });
    },
    get busy() {
      return pending !== undefined;
    },
    dispose() {
      if (pending) finish({ status: 'cancelled' });
      stopWorker();
    },
  };
}
