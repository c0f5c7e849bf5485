import type { FitViewOptions } from '@xyflow/react';

/**
 * Fitting a diagram into view leaves room for the zoom controls (bottom left) and the minimap
 * (bottom right), so no corner of the drawing is hidden under them, and never zooms past 100 %.
 */
export const FIT_VIEW: FitViewOptions = { padding: { top: '40px', left: '64px', right: '40px', bottom: '150px' }, maxZoom: 1 };
