/// <reference lib="webworker" />
/**
 * The layout worker: runs elkjs off the main thread. Loaded as a module worker of its own chunk
 * (layout-client.ts), so the ~1.5 MB ELK bundle never weighs on the app's first load.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNodeJson } from '../../core/layout/elk-json.ts';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from './layout-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

// Without a worker factory elkjs lays out on this (worker) thread, which is the point here.
const elk = new ELK();
const post = (message: LayoutWorkerResponse) => self.postMessage(message);

// Assigned, not added: elkjs installs its own `onmessage` when loaded in a worker; this replaces it.
self.onmessage = async (event: MessageEvent<LayoutWorkerRequest>) => {
  const request = event.data;
  if (request?.type === 'warm') {
    // Requests are handled in order: a layout asked for meanwhile waits for this small run (~0.3 s).
    await elk.layout(request.graph).catch(() => undefined);
    return;
  }
  if (request?.type !== 'layout') return;
  post({ type: 'started', id: request.id });
  const start = performance.now();
  try {
    const graph = (await elk.layout(request.graph)) as ElkNodeJson;
    post({ type: 'done', id: request.id, graph, elapsedMs: performance.now() - start });
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error), elapsedMs: performance.now() - start });
  }
};
