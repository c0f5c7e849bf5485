import { today } from '../../core/model/today.ts';
import type { Diagram, Level } from '../../core/model/types.ts';

export { today };

export function blankDiagram(title: string, level: Level = 3): Diagram {
  return {
    format: 'mlps-designer/diagram',
    schemaVersion: 1,
    meta: { title, level, platform: 'alibaba-public', date: today() },
    nodes: [],
    edges: [],
  };
}
