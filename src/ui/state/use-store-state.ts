import { useEffect, useRef, useState } from 'react';

interface Subscribable<S> {
  getState(): S;
  subscribe(listener: (state: S) => void): () => void;
}

/**
 * A store's value held as React state. React renders a store subscription's change (`useStore`,
 * a useSyncExternalStore) synchronously, inside the event that caused it, together with everything
 * else pending; held as state, the change renders at that event's priority, in a task of its own.
 * For what a pointer drives on a big design: the first move of a drag selects the product, moves it
 * and has React Flow adopt 2,000 nodes, one task of 70-110 ms when all of it ran in the event.
 * `select` must be stable (module-level or memoised); `same` says when a new value changes nothing.
 */
export function useStoreState<S, T>(store: Subscribable<S>, select: (state: S) => T, same: (a: T, b: T) => boolean = Object.is): T {
  const [value, setValue] = useState(() => select(store.getState()));
  // The value last handed to React, compared outside React: most store changes change nothing here
  // (hundreds of zones each watch whether they are the drop target), and must not queue an update.
  const shown = useRef(value);
  useEffect(() => {
    const update = (state: S) => {
      const next = select(state);
      if (same(shown.current, next)) return;
      shown.current = next;
      setValue(next);
    };
    // A change between the first render and this subscription is not missed.
    update(store.getState());
    return store.subscribe(update);
  }, [store, select, same]);
  return value;
}
