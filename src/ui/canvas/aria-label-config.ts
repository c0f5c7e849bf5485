/**
 * React Flow's own screen-reader texts (zoom buttons, node and edge descriptions, the minimap), in
 * the UI language instead of its built-in English.
 */
import { useMemo } from 'react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useT } from '../i18n/use-t.ts';

export function useAriaLabelConfig(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('a11y.rf.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('a11y.rf.nodeDescriptionNoKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('a11y.rf.nodeMoved', { direction, x, y }),
      'edge.a11yDescription.default': t('a11y.rf.edgeDescription'),
      'controls.ariaLabel': t('a11y.rf.controls'),
      'controls.zoomIn.ariaLabel': t('a11y.rf.zoomIn'),
      'controls.zoomOut.ariaLabel': t('a11y.rf.zoomOut'),
      'controls.fitView.ariaLabel': t('a11y.rf.fitView'),
      'controls.interactive.ariaLabel': t('a11y.rf.interactive'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('a11y.rf.handle'),
    }),
    [t],
  );
}
