/**
 * Where a cold start's main-thread time goes (bench/startup.bench.ts says how long it takes): a Chromium
 * trace from navigation to a usable palette and canvas, CPU throttled 4× like the benchmark, first
 * visit; the main thread's trace events by self time, then the milestones (first paint, DCL, ready).
 * The tool behind the startup notes in bench/README.md.
 *
 *   npm run bench:startup-trace          # builds nothing: run `npx vite build` first
 *   VISIT=sw npm run bench:startup-trace # the second visit, served by the service worker
 *   VISIT=third npm run bench:startup-trace # the third (V8's code cache read, as on every later visit)
 */
import { launchChromium, withPreview } from './browser.ts';

interface Ev { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string; data?: { url?: string; functionName?: string } } }

await withPreview({ port: 4363 }, async (url) => {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const usable = () => page.waitForFunction(() => (document.querySelector('.app[data-ready="true"] .react-flow') && document.querySelector('.palette button') ? performance.now() : 0), undefined, { polling: 'raf', timeout: 60_000 });
  const later = process.env.VISIT === 'sw' || process.env.VISIT === 'third';
  if (later) {
    await page.goto(url);
    await usable();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    });
    if (process.env.VISIT === 'third') {
      await page.reload();
      await usable();
    }
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'v8'] });
  if (later) await page.reload();
  else await page.goto(url);
  const ready = await usable();
  const readyAt = (await ready.jsonValue()) as number;
  const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => `${p.name} ${Math.round(p.startTime)}`));
  const requests = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => `${Math.round(r.startTime)}→${Math.round((r as PerformanceResourceTiming).responseEnd)} ${r.name.split('/').pop()}`),
  );
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return `responseEnd ${Math.round(n.responseEnd)}, DCL ${Math.round(n.domContentLoadedEventEnd)}, load ${Math.round(n.loadEventEnd)}`;
  });
  const buf = await browser.stopTracing();
  await browser.close();
  const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: Ev[] };
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && traceEvents.some((x) => x.pid === e.pid && x.name === 'RunTask'));
  const evs = traceEvents.filter((e) => e.ph === 'X' && e.pid === main!.pid && e.tid === main!.tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const selfOf = new Map<Ev, number>();
  const stack: Ev[] = [];
  for (const e of evs) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    selfOf.set(e, e.dur!);
    if (parent) selfOf.set(parent, selfOf.get(parent)! - e.dur!);
    stack.push(e);
  }
  const self = new Map<string, number>();
  for (const [e, t] of selfOf) {
    const what = e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compileModule' ? `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()} ${e.args?.data?.functionName ?? ''}` : e.name;
    self.set(what, (self.get(what) ?? 0) + t / 1000);
  }
  console.log(`ready at ${Math.round(readyAt)} ms; ${paints.join(', ')}; ${nav} (throttled 4×)`);
  console.log('main thread, self time (ms, throttled):');
  for (const [n, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${t.toFixed(1).padStart(8)}  ${n}`);
  const longest = evs.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!)[0];
  if (longest) {
    const inside = new Map<string, number>();
    for (const [e, t] of selfOf) {
      if (e.ts < longest.ts || e.ts + e.dur! > longest.ts + longest.dur!) continue;
      const what = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()}` : e.name;
      inside.set(what, (inside.get(what) ?? 0) + t / 1000);
    }
    console.log(`the longest task (${Math.round(longest.dur! / 1000)} ms), self time inside:`);
    for (const [n, t] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${t.toFixed(1).padStart(8)}  ${n}`);
  }
  const tasks = evs.filter((e) => e.name === 'RunTask' && e.dur! > 50_000).map((e) => `${Math.round((e.ts - evs[0]!.ts) / 1000)}+${Math.round(e.dur! / 1000)}`);
  console.log(`long tasks (start+duration ms from the first event): ${tasks.join(' ')}`);
  // When each file was asked for and arrived (ms from navigation start): what waits for what.
  console.log(`requests: ${requests.join(', ')}`);
});
