/**
 * The canvas draws each connection kind with the exported drawing's arrowhead (core EDGE_LOOK), so
 * the kinds differ in shape, not only in colour, on screen as in the filing printed in greyscale.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EDGE_LOOK, PAPER } from '../../src/core/export/scene/style.ts';
import { EDGE_KINDS } from '../../src/core/model/types.ts';
import { EdgeMarkers } from '../../src/ui/canvas/EdgeMarkers.tsx';

describe('connection arrowheads', () => {
  it('are the exported drawing’s, a different shape for each kind, also when selected', () => {
    const { container } = render(<EdgeMarkers />);
    const shape = (id: string) => {
      const head = container.querySelector(`marker#${id}`)?.firstElementChild;
      if (!head) throw new Error(`no marker ${id}`);
      const closed = head.getAttribute('d')?.endsWith('z') ?? false;
      if (head.tagName === 'circle') return 'dot';
      if (!closed) return 'open';
      return head.getAttribute('fill') === PAPER ? 'hollow' : 'filled';
    };
    for (const kind of EDGE_KINDS) {
      expect(shape(`arrow-${kind}`)).toBe(EDGE_LOOK[kind].arrow);
      expect(shape(`arrow-${kind}-selected`)).toBe(EDGE_LOOK[kind].arrow);
    }
    expect(new Set(EDGE_KINDS.map((kind) => shape(`arrow-${kind}`))).size).toBe(EDGE_KINDS.length);
  });
});
