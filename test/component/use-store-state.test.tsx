/**
 * useStoreState: a store's value as React state (src/ui/state/use-store-state.ts), so big pointer-driven
 * updates render in a task of their own instead of inside the event.
 */
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import { useStoreState } from '../../src/ui/state/use-store-state.ts';

const target = (s: { target: string | null }) => s.target;
const isZ1 = (s: { target: string | null }) => s.target === 'z1';

describe('useStoreState', () => {
  it('shows the value, follows changes, and renders nothing for a change that does not change it', () => {
    const store = createStore<{ target: string | null; other: number }>()(() => ({ target: null, other: 0 }));
    let renders = 0;
    function Zone() {
      renders++;
      const isTarget = useStoreState(store, isZ1);
      return <p>{isTarget ? 'target' : 'not'}</p>;
    }
    const { container } = render(<Zone />);
    expect(container.textContent).toBe('not');
    const before = renders;
    act(() => store.setState({ other: 1 }));
    act(() => store.setState({ target: 'z2' }));
    expect(renders).toBe(before);
    act(() => store.setState({ target: 'z1' }));
    expect(container.textContent).toBe('target');
    expect(renders).toBe(before + 1);
  });

  it('does not miss a change made between the first render and its subscription', () => {
    const store = createStore<{ target: string | null }>()(() => ({ target: null }));
    function Shown() {
      const value = useStoreState(store, target);
      if (value === null) store.setState({ target: 'set during the first render' });
      return <p>{value}</p>;
    }
    const { container } = render(<Shown />);
    expect(container.textContent).toBe('set during the first render');
  });
});
