import { CURRENT_SCHEMA_VERSION, type Diagram, type Level } from '../../core/model/types.ts';

/** Today's date as the format writes it (local time: the date the user sees on their calendar). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function blankDiagram(title: string, level: Level = 3): Diagram {
  return {
    format: 'mlps-designer/diagram',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title, level, platform: 'alibaba-public', date: today() },
    nodes: [],
    edges: [],
  };
}
