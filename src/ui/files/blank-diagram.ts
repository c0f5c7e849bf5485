import { today } from '../../core/model/today.ts';
import { CURRENT_SCHEMA_VERSION, type Diagram, type Level } from '../../core/model/types.ts';

export { today };

export function blankDiagram(title: string, level: Level = 3): Diagram {
  return {
    format: 'mlps-designer/diagram',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title, level, platform: 'alibaba-public', date: today() },
    nodes: [],
    edges: [],
  };
}
