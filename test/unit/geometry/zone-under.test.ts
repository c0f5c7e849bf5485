import { describe, expect, it } from 'vitest';
import { PRODUCT_SIZE, zoneUnder } from '../../../src/core/geometry/geometry.ts';
import { smallDiagram } from '../../support/documents.ts';

// Absolute rectangles in smallDiagram: vpc (320,40) 1100×400; app (680,80) and data (1020,80), 300×200.
describe('the zone under a node', () => {
  it('is the innermost zone under its centre', () => {
    expect(zoneUnder(smallDiagram(), { x: 700, y: 100 }, PRODUCT_SIZE)?.id).toBe('app');
    // Inside the VPC but in none of its zones.
    expect(zoneUnder(smallDiagram(), { x: 340, y: 300 }, PRODUCT_SIZE)?.id).toBe('vpc');
  });

  it('goes by the centre, not the top-left corner', () => {
    // The corner is in the app zone (x 680–980), the centre (1040, 130) in the data zone.
    expect(zoneUnder(smallDiagram(), { x: 960, y: 100 }, PRODUCT_SIZE)?.id).toBe('data');
  });

  it('passes over skipped zones, and is undefined outside every zone', () => {
    expect(zoneUnder(smallDiagram(), { x: 700, y: 100 }, PRODUCT_SIZE, new Set(['app']))?.id).toBe('vpc');
    expect(zoneUnder(smallDiagram(), { x: -500, y: -500 }, PRODUCT_SIZE)).toBeUndefined();
  });
});
