/**
 * The browser's layout client against a stand-in worker that runs elkjs in-process: results arrive
 * with progress, a newer request supersedes an older one (whose late answer is dropped), cancel ends
 * the worker and the next request gets a fresh one, and failures are reported, never swallowed.
 */
import { describe, expect, it, vi } from 'vitest';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from '../../../src/ui/layout/layout-protocol.ts';
import { createLayoutClient, type LayoutProgress, type LayoutWorkerLike } from '../../../src/ui/layout/layout-client.ts';
import { prepareLayout } from '../../../src/core/layout/layout-diagram.ts';
import { nodeLayoutEngine } from '../../../src/node/layout-node.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';
import { layoutProblems } from './layout-checks.ts';

class FakeWorker implements LayoutWorkerLike {
  onmessage: ((event: MessageEvent<LayoutWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: LayoutWorkerRequest[] = [];
  constructor(private readonly mode: 'run' | 'hold' | 'fail' = 'run') {}
  postMessage(message: LayoutWorkerRequest): void {
    this.requests.push(message);
    if (this.mode === 'hold' || message.type === 'warm') return;
    setTimeout(async () => {
      this.reply({ type: 'started', id: message.id });
      if (this.mode === 'fail') return this.reply({ type: 'failed', id: message.id, message: 'boom', elapsedMs: 1 });
      const graph = await nodeLayoutEngine(message.graph);
      this.reply({ type: 'done', id: message.id, graph, elapsedMs: 5 });
    }, 0);
  }
  /** What the real worker would post (also after terminate, to prove late answers are dropped). */
  reply(message: LayoutWorkerResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<LayoutWorkerResponse>);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the layout client', () => {
  it('lays out in the worker and reports started and done with the elapsed time', async () => {
    const worker = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => worker });
    const progress: LayoutProgress[] = [];
    const outcome = await client.layout(smallDiagram(), catalog, { kind: 'diagram' }, (p) => progress.push(p));
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(layoutProblems(outcome.doc)).toEqual([]);
    expect(progress.map((p) => p.phase)).toContain('started');
    expect(progress.at(-1)).toMatchObject({ phase: 'done' });
    expect(progress.every((p) => p.elapsedMs >= 0)).toBe(true);
    expect(client.busy).toBe(false);
  }, 30_000);

  it('reports "running" with the elapsed time while a long layout runs', async () => {
    const worker = new FakeWorker('hold');
    const client = createLayoutClient({ createWorker: () => worker, tickMs: 5 });
    const progress: LayoutProgress[] = [];
    const pending = client.layout(smallDiagram(), catalog, { kind: 'diagram' }, (p) => progress.push(p));
    // Waits for the reports it means, however slowly a loaded machine runs the ticks.
    await vi.waitFor(() => expect(progress.filter((p) => p.phase === 'running').length).toBeGreaterThan(1), { timeout: 10_000 });
    const times = progress.filter((p) => p.phase === 'running').map((p) => p.elapsedMs);
    expect(times.at(-1)!).toBeGreaterThan(times[0]!);
    client.cancel();
    expect(await pending).toEqual({ status: 'cancelled' });
  });

  it('lets a newer request supersede an older one and drops the older answer', async () => {
    const workers: FakeWorker[] = [];
    const client = createLayoutClient({ createWorker: () => (workers.push(new FakeWorker(workers.length === 0 ? 'hold' : 'run')), workers.at(-1)!) });
    const first = client.layout(smallDiagram(), catalog, { kind: 'diagram' });
    const second = client.layout(smallDiagram(), catalog, { kind: 'zone', id: 'vpc' });
    expect(await first).toEqual({ status: 'superseded' });
    expect(workers[0]!.terminated).toBe(true);
    // The stale worker's late answer changes nothing.
    workers[0]!.reply({ type: 'failed', id: (workers[0]!.requests[0] as { id: number }).id, message: 'late', elapsedMs: 1 });
    const outcome = await second;
    expect(outcome.status).toBe('done');
    expect(workers).toHaveLength(2);
  }, 30_000);

  it('warms a worker up once, ahead of the first request, which then runs in that same worker', async () => {
    const workers: FakeWorker[] = [];
    const client = createLayoutClient({ createWorker: () => (workers.push(new FakeWorker()), workers.at(-1)!) });
    const request = prepareLayout(smallDiagram(), catalog, { kind: 'diagram' })!;
    client.warm(request.graph);
    client.warm(request.graph);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests.map((r) => r.type)).toEqual(['warm']);
    expect(client.busy).toBe(false);
    expect((await client.layout(smallDiagram(), catalog, { kind: 'diagram' })).status).toBe('done');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests.map((r) => r.type)).toEqual(['warm', 'layout']);
  }, 30_000);

  it('does not warm up while a layout runs', async () => {
    const workers: FakeWorker[] = [];
    const client = createLayoutClient({ createWorker: () => (workers.push(new FakeWorker('hold')), workers.at(-1)!) });
    const pending = client.layout(smallDiagram(), catalog, { kind: 'diagram' });
    client.warm(prepareLayout(smallDiagram(), catalog, { kind: 'diagram' })!.graph);
    expect(workers[0]!.requests.map((r) => r.type)).toEqual(['layout']);
    client.cancel();
    expect(await pending).toEqual({ status: 'cancelled' });
  });

  it('cancels by terminating the worker, and starts a fresh one for the next request', async () => {
    const workers: FakeWorker[] = [];
    const client = createLayoutClient({ createWorker: () => (workers.push(new FakeWorker(workers.length === 0 ? 'hold' : 'run')), workers.at(-1)!) });
    const pending = client.layout(smallDiagram(), catalog, { kind: 'diagram' });
    expect(client.busy).toBe(true);
    client.cancel();
    expect(await pending).toEqual({ status: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    expect((await client.layout(smallDiagram(), catalog, { kind: 'diagram' })).status).toBe('done');
    expect(workers).toHaveLength(2);
  }, 30_000);

  it('reports a failed layout and a crashed worker', async () => {
    const failing = createLayoutClient({ createWorker: () => new FakeWorker('fail') });
    expect(await failing.layout(smallDiagram(), catalog, { kind: 'diagram' })).toEqual({ status: 'failed', message: 'boom' });

    const crashing = new FakeWorker('hold');
    const client = createLayoutClient({ createWorker: () => crashing });
    const pending = client.layout(smallDiagram(), catalog, { kind: 'diagram' });
    crashing.onerror?.({ message: 'script error' } as ErrorEvent);
    expect(await pending).toEqual({ status: 'failed', message: 'script error' });
    expect(crashing.terminated).toBe(true);
  });

  it('answers at once when there is nothing to lay out', async () => {
    let created = 0;
    const client = createLayoutClient({ createWorker: () => (created++, new FakeWorker()) });
    const empty = { ...smallDiagram(), nodes: [], edges: [] };
    expect(await client.layout(empty, catalog, { kind: 'diagram' })).toEqual({ status: 'done', doc: empty, elapsedMs: 0 });
    expect(created).toBe(0);
  });

  it('lays out a prepared ELK graph as the LayoutEngine the import takes, and a newer request supersedes it', async () => {
    const workers: FakeWorker[] = [];
    const client = createLayoutClient({ createWorker: () => (workers.push(new FakeWorker(workers.length === 0 ? 'hold' : 'run')), workers.at(-1)!) });
    const request = prepareLayout(smallDiagram(), catalog, { kind: 'diagram' })!;
    const held = client.graph(request.graph);
    const outcome = await client.graph(request.graph);
    expect(await held).toEqual({ status: 'superseded' });
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    // The answer is the laid-out graph itself: applying it gives a document without layout problems.
    expect(outcome.graph.children?.length).toBe(request.graph.children?.length);
    expect(layoutProblems(request.apply(outcome.graph))).toEqual([]);
  }, 30_000);
});
