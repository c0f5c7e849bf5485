import type { canvasA11y as zh } from '../zh/canvas-a11y.ts';

/** English messages: accessible names on the canvas, React Flow's built-in labels, connect mode. */
export const canvasA11y: Record<keyof typeof zh, string> = {
  'a11y.skipToCanvas': 'Skip to canvas',
  'a11y.separator': ', ',
  'a11y.errors': '{count} {count:error|errors}',
  'a11y.warnings': '{count} {count:warning|warnings}',
  'a11y.zoneItems': '{count} {count:item|items}',
  'a11y.noZone': 'not in a zone',
  'a11y.edgeEnds': '{from} → {to}',
  'a11y.encrypted': 'encrypted',
  'a11y.role.product': 'product',
  'a11y.role.zone': 'zone',
  'a11y.role.edge': 'connection',
  'a11y.rf.nodeDescription': 'Press Enter or Space to select, the arrow keys to move, Escape to deselect.',
  'a11y.rf.nodeDescriptionNoKeyboard': 'Press Enter or Space to select, Escape to deselect.',
  'a11y.rf.nodeMoved': 'Moved to x {x}, y {y} ({direction})',
  'a11y.rf.edgeDescription': 'Press Enter or Space to select, Escape to deselect.',
  'a11y.rf.controls': 'Canvas zoom',
  'a11y.rf.zoomIn': 'Zoom in',
  'a11y.rf.zoomOut': 'Zoom out',
  'a11y.rf.fitView': 'Show all',
  'a11y.rf.interactive': 'Lock or unlock the canvas',
  'a11y.rf.handle': 'Connection point: drag from here to connect',
  'findings.manualNoteFor': 'Note ({id})',
  'canvas.connectMode': 'Connect mode',
  'canvas.connectModeHint': 'Connect mode (C): drag from one product to another to connect them',
};
