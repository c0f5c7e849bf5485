/** The layout worker's warm-up waits until the user leaves the app alone (src/ui/layout/when-quiet.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '../../src/ui/layout/when-quiet.ts';

const fire = (type: string) => window.dispatchEvent(new Event(type));

describe('whenQuiet', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs the task once, after the quiet time', () => {
    const task = vi.fn();
    whenQuiet(task, 1500);
    vi.advanceTimersByTime(1499);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(task).toHaveBeenCalledTimes(1);
    fire('keydown');
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits while a pointer is held down (a long drag), and starts again from its release', () => {
    const task = vi.fn();
    whenQuiet(task, 1500);
    vi.advanceTimersByTime(1000);
    fire('pointerdown');
    vi.advanceTimersByTime(10_000);
    expect(task).not.toHaveBeenCalled();
    fire('pointerup');
    vi.advanceTimersByTime(1400);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again on keys, wheel and when poked (a diagram opened)', () => {
    const task = vi.fn();
    const watch = whenQuiet(task, 1500);
    for (const poke of [() => fire('keydown'), () => fire('wheel'), () => watch.poke()]) {
      vi.advanceTimersByTime(1000);
      poke();
    }
    vi.advanceTimersByTime(1400);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const task = vi.fn();
    whenQuiet(task, 1500).cancel();
    vi.advanceTimersByTime(10_000);
    expect(task).not.toHaveBeenCalled();
  });
});
