/**
 * How each connection kind looks: colour, dash pattern and arrowhead. Kinds differ by dash pattern as
 * well as colour, so printed in greyscale they can still be told apart.
 */
import type { EdgeKind } from '../../core/model/types.ts';

export interface EdgeLook {
  color: string;
  dash?: string;
  width: number;
}

export const EDGE_LOOK: Record<EdgeKind, EdgeLook> = {
  traffic: { color: '#1f2937', width: 1.6 },
  management: { color: '#7048e8', dash: '7 4', width: 1.6 },
  backup: { color: '#2f9e44', dash: '12 4 2 4', width: 1.8 },
  log: { color: '#6b7280', dash: '2 4', width: 1.6 },
};

export const SELECTED_EDGE_COLOR = '#2563eb';
