/**
 * Run something once the user has left the app alone for a while: no pointer held down, no click,
 * key or wheel, and no diagram opened for `quietMs`. Starting the layout worker (compiling ELK, ~0.6 s
 * of a core) is such a task: begun while a design is being opened or dragged, it competes with the
 * main thread for the CPU (on 2 cores, opening a 1,000-node design took 1.3 s instead of 1.0 s).
 */
const EVENTS = ['pointerdown', 'pointerup', 'pointercancel', 'keydown', 'wheel'] as const;

export interface QuietWatch {
  /** Something happened that is not quiet (e.g. a diagram was opened): the wait starts again. */
  poke(): void;
  /** Stop watching without running the task. */
  cancel(): void;
}

export function whenQuiet(task: () => void, quietMs: number, target: Window = window): QuietWatch {
  let held = false;
  let timer: number | undefined;
  let idle: number | undefined;
  const requestIdle = target.requestIdleCallback ?? ((run: () => void) => target.setTimeout(run, 0));
  const cancelIdle = target.cancelIdleCallback ?? target.clearTimeout;
  const stop = () => {
    target.clearTimeout(timer);
    if (idle !== undefined) cancelIdle(idle);
    for (const name of EVENTS) target.removeEventListener(name, onEvent, true);
  };
  const arm = () => {
    target.clearTimeout(timer);
    if (idle !== undefined) cancelIdle(idle);
    idle = undefined;
    if (held) return;
    timer = target.setTimeout(() => {
      idle = requestIdle(() => {
        stop();
        task();
      });
    }, quietMs);
  };
  function onEvent(event: Event) {
    if (event.type === 'pointerdown') held = true;
    else if (event.type === 'pointerup' || event.type === 'pointercancel') held = false;
    arm();
  }
  for (const name of EVENTS) target.addEventListener(name, onEvent, true);
  arm();
  return { poke: arm, cancel: stop };
}
