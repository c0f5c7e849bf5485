/** Small timing helpers for benchmarks: warm up, then report the median and spread of many runs. */
export interface Timing {
  median: number;
  p10: number;
  p90: number;
  runs: number;
}

export function time(fn: () => unknown, { warmup = 5, runs = 31 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), runs };
}

/** The middle value (the upper middle of an even count); the values are left as they are. */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 1)} ms`;
