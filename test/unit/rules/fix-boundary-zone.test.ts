/**
 * The boundary zone a DDoS / WAF / firewall fix puts its product into (boundary-zone.ts, issue 16),
 * one condition at a time: which zone is used (the protected path's region's, found along the traffic
 * only), where a product goes next to its neighbour on the path (on the side facing where the traffic
 * comes from or goes to, on the neighbour's row or column), and when a straight line counts as
 * crossing a zone. Products are 160 × 60.
 */
import { describe, expect, it } from 'vitest';
import { Draft } from '../../../src/core/edit/draft.ts';
import { nodeRect } from '../../../src/core/geometry/geometry.ts';
import type { Diagram, DiagramEdge, DiagramNode, Position } from '../../../src/core/model/types.ts';
import { ensureEdgeZone, segmentCrosses, spotInChain, type Entry } from '../../../src/core/rules/fixes/boundary-zone.ts';
import { baseline, catalog, edit, https, product, zone } from './support.ts';

const doc = (nodes: DiagramNode[], edges: DiagramEdge[] = []): Diagram => ({ ...baseline(), nodes, edges });

describe('segmentCrosses: whether a straight line passes through the inside of a rectangle', () => {
  const box = { x: 100, y: 100, width: 200, height: 100 };
  const cases: [string, Position, Position, boolean][] = [
    ['straight across, left to right', { x: 0, y: 150 }, { x: 400, y: 150 }, true],
    ['straight across, right to left', { x: 400, y: 150 }, { x: 0, y: 150 }, true],
    ['straight down through it', { x: 200, y: 0 }, { x: 200, y: 300 }, true],
    ['straight up through it', { x: 200, y: 300 }, { x: 200, y: 0 }, true],
    ['diagonally through it', { x: 0, y: 0 }, { x: 400, y: 300 }, true],
    ['from inside to outside', { x: 200, y: 150 }, { x: 500, y: 150 }, true],
    ['wholly inside', { x: 150, y: 120 }, { x: 250, y: 180 }, true],
    ['a point inside', { x: 150, y: 120 }, { x: 150, y: 120 }, true],
    ['along its top border', { x: 0, y: 100 }, { x: 400, y: 100 }, false],
    ['along its bottom border', { x: 0, y: 200 }, { x: 400, y: 200 }, false],
    ['along its left border', { x: 100, y: 0 }, { x: 100, y: 300 }, false],
    ['along its right border', { x: 300, y: 0 }, { x: 300, y: 300 }, false],
    ['level with it, above', { x: 0, y: 50 }, { x: 400, y: 50 }, false],
    ['level with it, below', { x: 0, y: 250 }, { x: 400, y: 250 }, false],
    ['upright beside it, left', { x: 50, y: 0 }, { x: 50, y: 300 }, false],
    ['upright beside it, right', { x: 350, y: 0 }, { x: 350, y: 300 }, false],
    ['stopping short of its left side', { x: 0, y: 150 }, { x: 90, y: 150 }, false],
    ['ending on its left side', { x: 0, y: 150 }, { x: 100, y: 150 }, false],
    ['starting on its right side, going away', { x: 300, y: 150 }, { x: 400, y: 150 }, false],
    ['stopping short of its top', { x: 200, y: 0 }, { x: 200, y: 90 }, false],
    ['starting below it, going away', { x: 200, y: 210 }, { x: 200, y: 400 }, false],
    ['through its corner only', { x: 0, y: 200 }, { x: 200, y: 0 }, false],
    ['past its corner, outside', { x: 0, y: 190 }, { x: 190, y: 0 }, false],
    ['just inside its corner', { x: 0, y: 210 }, { x: 210, y: 0 }, true],
  ];
  for (const [what, a, b, crosses] of cases) {
    it(`${what}: ${crosses ? 'crosses' : 'does not cross'}`, () => expect(segmentCrosses(a, b, box)).toBe(crosses));
  }
});

describe('spotInChain: a product next to its neighbour on the path, in the neighbour\'s boundary zone', () => {
  // A boundary zone (absolutely at 1000, 800, 1200 × 1400) holds the neighbour n (absolutely 1520–1680 ×
  // 1570–1630, centre 1600, 1600) with room on every side; the other end of the traffic is a node whose
  // centre is at `far`. Drawn at the top level, or in a region that puts the zone at the same place.
  const NEIGHBOUR = { x: 520, y: 770 };
  function chain(far: Position, nested: boolean): Draft {
    const holder = nested
      ? [zone('r', 'region', undefined, 400, 300, 3000, 3000), zone('z', 'edge', 'r', 600, 500, 1200, 1400)]
      : [zone('z', 'edge', undefined, 1000, 800, 1200, 1400)];
    return new Draft(
      doc([...holder, product('n', 'waf', 'z', NEIGHBOUR.x, NEIGHBOUR.y), product('far', 'internet_user', undefined, far.x - 80, far.y - 30)]),
      catalog,
    );
  }
  /** Where the spot is beside the neighbour: on its row left or right of it, or in its column above or below it. */
  function sideOf(spot: Position | undefined): string {
    if (spot?.y === NEIGHBOUR.y && spot.x + 160 <= NEIGHBOUR.x) return 'left';
    if (spot?.y === NEIGHBOUR.y && spot.x >= NEIGHBOUR.x + 160) return 'right';
    if (spot?.x === NEIGHBOUR.x && spot.y + 60 <= NEIGHBOUR.y) return 'above';
    if (spot?.x === NEIGHBOUR.x && spot.y >= NEIGHBOUR.y + 60) return 'below';
    return JSON.stringify(spot);
  }
  const into: Entry[] = [{ source: 'far', target: 'n' }];
  const outOf: Entry[] = [{ source: 'n', target: 'far' }];

  const sides: [string, Position, string][] = [
    ['straight to the left', { x: 200, y: 1600 }, 'left'],
    ['straight to the right', { x: 3000, y: 1600 }, 'right'],
    ['straight above', { x: 1600, y: 200 }, 'above'],
    ['straight below', { x: 1600, y: 3000 }, 'below'],
    ['up and a little left, further up than left', { x: 1420, y: 1000 }, 'above'],
    ['down and a little right, further down than right', { x: 1780, y: 2200 }, 'below'],
    ['left and a little up, further left than up', { x: 1000, y: 1470 }, 'left'],
    ['right and a little down, further right than down', { x: 2200, y: 1730 }, 'right'],
    ['down and right, further down than right by less than the neighbour is wide', { x: 1780, y: 1930 }, 'below'],
    ['right and down, further right than down by less than the neighbour is high', { x: 1830, y: 1730 }, 'right'],
    ['exactly diagonal, up and left (as far left as up): the side across the width', { x: 1220, y: 1270 }, 'left'],
  ];
  for (const nested of [false, true]) {
    const where = nested ? 'in a region' : 'at the top level';
    for (const [what, far, side] of sides) {
      it(`${where}: traffic coming from ${what}: in front of the neighbour, ${side}`, () => {
        expect(sideOf(spotInChain(chain(far, nested), 'z', into))).toBe(side);
      });
      it(`${where}: traffic going on to ${what}: just after the neighbour, ${side}`, () => {
        expect(sideOf(spotInChain(chain(far, nested), 'z', outOf))).toBe(side);
      });
    }
  }

  it('in front of the neighbour it enters rather than after the one it leaves, whichever comes first', () => {
    // The traffic leaves n towards the right and enters n from the left: the product goes in front (left).
    const draft = chain({ x: 200, y: 1600 }, false);
    draft.addNode(product('beyond', 'slb', undefined, 2920, 1570));
    expect(sideOf(spotInChain(draft, 'z', [{ source: 'n', target: 'beyond' }, ...into]))).toBe('left');
  });

  it('neither end in the zone: no spot (any free one will do)', () => {
    const draft = chain({ x: 200, y: 1600 }, false);
    draft.addNode(product('beyond', 'slb', undefined, 2920, 1570));
    expect(spotInChain(draft, 'z', [{ source: 'far', target: 'beyond' }])).toBeUndefined();
  });

  it('the neighbour in another zone inside this one is not in it: no spot', () => {
    const draft = new Draft(
      doc([zone('z', 'edge', undefined, 0, 0, 1200, 1200), zone('inner', 'dmz', 'z', 20, 40, 600, 400), product('n', 'waf', 'inner', 20, 40), product('far', 'internet_user', undefined, 2000, 0)]),
      catalog,
    );
    expect(spotInChain(draft, 'z', into)).toBeUndefined();
  });
});

describe('ensureEdgeZone: which boundary zone a boundary product goes into', () => {
  /** The baseline's traffic from the Internet straight to the load balancer, its boundary products gone (the zone kept). */
  const direct = (change?: Parameters<typeof edit>[1]) =>
    edit(baseline(), (d) => {
      d.remove('ddos', 'waf', 'cfw');
      d.connect(https('e20', 'users', 'slb'));
      change?.(d);
    });
  const ids = (draft: Draft) => draft.allNodes().map((n) => n.id);

  it("the region's boundary zone on the path: that one, nothing added", () => {
    const draft = new Draft(direct(), catalog);
    const before = ids(draft);
    expect(ensureEdgeZone(draft, [{ source: 'users', target: 'slb' }]).id).toBe('edge');
    expect(ids(draft)).toEqual(before);
  });

  it('no traffic to protect and no boundary zone at the top level: a new one at a free spot of the top level', () => {
    const draft = new Draft(direct((d) => d.remove('edge')), catalog);
    const made = ensureEdgeZone(draft, []);
    expect(made).toMatchObject({ kind: 'zone', zone: 'edge' });
    expect(made.parent).toBeUndefined();
    expect(made.id).toMatch(/^edge-\d+$/);
    expect(draft.zone(made.id)).toBe(made);
    const after = draft.result();
    const r = nodeRect(after, made.id)!;
    for (const other of after.nodes.filter((n) => n.parent === undefined && n.id !== made.id)) {
      const o = nodeRect(after, other.id)!;
      const apart = r.x >= o.x + o.width || o.x >= r.x + r.width || r.y >= o.y + o.height || o.y >= r.y + r.height;
      expect(apart, `${made.id} overlaps ${other.id}`).toBe(true);
    }
  });

  it('no traffic to protect: a boundary zone at the top level is used', () => {
    const draft = new Draft(direct((d) => d.add(zone('top-edge', 'edge', undefined, 0, 2000, 400, 200))), catalog);
    const before = ids(draft);
    expect(ensureEdgeZone(draft, []).id).toBe('top-edge');
    expect(ids(draft)).toEqual(before);
  });

  it('the path found along traffic edges only: a management edge into the backup region does not lead there', () => {
    // users → cdn (outside any region); from cdn a management edge into the backup region (listed
    // first) and the traffic on to the load balancer.
    const draft = new Draft(
      direct((d) => {
        d.add(product('cdn', 'slb', undefined, 0, 260));
        d.remove('e20');
        d.connect(
          https('e21', 'users', 'cdn'),
          { id: 'e22', source: 'cdn', target: 'rds-copy', kind: 'management', protocol: 'MySQL', port: 3306 },
          https('e23', 'cdn', 'slb'),
        );
      }),
      catalog,
    );
    expect(ensureEdgeZone(draft, [{ source: 'users', target: 'cdn' }]).id).toBe('edge');
  });

  it('the path found along every onward traffic edge: dead ends before and after the one into the region', () => {
    const draft = new Draft(
      direct((d) => {
        d.add(product('cdn', 'slb', undefined, 0, 260), product('dead1', 'ecs', undefined, 0, 360), product('dead2', 'ecs', undefined, 0, 460));
        d.remove('e20');
        d.connect(
          https('e21', 'users', 'cdn'),
          https('e22', 'cdn', 'dead1'),
          https('e23', 'cdn', 'slb'),
          https('e24', 'cdn', 'dead2'),
        );
      }),
      catalog,
    );
    expect(ensureEdgeZone(draft, [{ source: 'users', target: 'cdn' }]).id).toBe('edge');
  });

  it('the path found several steps on, past a loop outside any region', () => {
    const draft = new Draft(
      direct((d) => {
        d.add(product('cdn', 'slb', undefined, 0, 260), product('proxy', 'slb', undefined, 0, 360));
        d.remove('e20');
        d.connect(
          https('e21', 'users', 'cdn'),
          https('e22', 'cdn', 'proxy'),
          https('e23', 'proxy', 'cdn'),
          https('e24', 'proxy', 'slb'),
        );
      }),
      catalog,
    );
    expect(ensureEdgeZone(draft, [{ source: 'users', target: 'cdn' }]).id).toBe('edge');
  });

  it('a path that reaches no region: a new boundary zone at the top level, not the region\'s', () => {
    const draft = new Draft(
      direct((d) => {
        d.add(product('cdn', 'slb', undefined, 0, 260));
        d.remove('e20');
        d.connect(https('e21', 'users', 'cdn'));
      }),
      catalog,
    );
    const made = ensureEdgeZone(draft, [{ source: 'users', target: 'cdn' }]);
    expect(made.id).not.toBe('edge');
    expect(made).toMatchObject({ zone: 'edge' });
    expect(made.parent).toBeUndefined();
  });
});

describe('ensureEdgeZone: where a new boundary zone goes in the region', () => {
  // The baseline without its boundary zone, the region moved down to y 50 (so its offset counts):
  // users centre (120, 90), the VPC at 320, 250 (further left of it than above), the load balancer's
  // centre at y 380: the new zone goes left of the VPC.
  const open = (change?: Parameters<typeof edit>[1]) =>
    edit(baseline(), (d) => {
      d.remove('edge');
      d.node('region').position = { x: 300, y: 50 };
      d.connect(https('e20', 'users', 'slb'));
      change?.(d);
    });
  const made = (doc: Diagram) => {
    const draft = new Draft(doc, catalog);
    const z = ensureEdgeZone(draft, [{ source: 'users', target: 'slb' }]);
    const after = draft.result();
    return { z, after, r: nodeRect(after, z.id)!, slb: nodeRect(after, 'slb')!, vpc: nodeRect(after, 'vpc')! };
  };
  const middleY = (r: { y: number; height: number }) => r.y + r.height / 2;

  it('level with what the traffic enters, so the line on from it runs straight', () => {
    const { z, r, slb, vpc } = made(open());
    expect(z.parent).toBe('region');
    expect(r.x + r.width).toBeLessThanOrEqual(vpc.x);
    expect(middleY(r)).toBe(middleY(slb));
  });

  it('halfway between the heights of source and target when level with the target its line would cross a zone', () => {
    // A small zone between the Internet and the region, on the line from the users to a zone level with the load balancer.
    const { r, vpc } = made(open((d) => d.add(zone('trap', 'office', undefined, 250, 190, 40, 60))));
    expect(r.x + r.width).toBeLessThanOrEqual(vpc.x);
    expect(middleY(r)).toBe((90 + 380) / 2);
  });

  it('only zones count as crossed: a product on the line level with the target does not move the zone', () => {
    const { r } = made(open((d) => d.add(product('loose', 'ecs', undefined, 100, 200))));
    expect(middleY(r)).toBe(380);
  });

  it('on a tie (every place crosses a zone lying around the source), the side facing the traffic, level with the target', () => {
    const { r, vpc } = made(open((d) => d.add(zone('ring', 'office', undefined, -50, -50, 340, 300))));
    expect(r.x + r.width).toBeLessThanOrEqual(vpc.x);
    expect(middleY(r)).toBe(380);
  });

  it('above the VPC when the traffic comes from above: in the column of what it enters', () => {
    const { r, slb, vpc } = made(
      open((d) => {
        d.node('internet').position = { x: 800, y: -400 };
        d.node('slb').position = { x: 120, y: 60 };
      }),
    );
    expect(r.y + r.height).toBeLessThanOrEqual(vpc.y);
    expect(r.x + r.width / 2).toBe(slb.x + slb.width / 2);
  });

  it('the next side, above (the traffic coming from a little above), when both places on the facing side would cross a zone', () => {
    // One small zone on the line to a zone level with the load balancer, one on the line to a zone halfway up.
    const { r, vpc } = made(
      open((d) => d.add(zone('trap', 'office', undefined, 250, 190, 40, 60), zone('trap2', 'office', undefined, 250, 135, 40, 25))),
    );
    expect(r.y + r.height).toBeLessThanOrEqual(vpc.y);
  });
});

describe('ensureEdgeZone: the side a new boundary zone goes on, every side tried in turn', () => {
  // No region: the Internet zone (0–240 × 0–200, users centre 120, 90) left of and a little above a
  // lone load balancer at 600, 100 (centre 680, 130) that the traffic enters. The sides are tried in
  // the order left, above, below, right; small zones in the Internet zone, beside the users, lie on
  // the lines from the users to where the new zone's product would go on the sides blocked.
  const BLOCK = {
    leftLevel: zone('t-a', 'office', 'internet', 215, 90, 20, 8),
    leftHalfway: zone('t-b', 'office', 'internet', 215, 80, 20, 8),
    aboveLevel: zone('t-c', 'office', 'internet', 215, 30, 20, 14),
    aboveHalfway: zone('t-d', 'office', 'internet', 150, 30, 20, 20),
    belowLevel: zone('t-e', 'office', 'internet', 215, 128, 20, 14),
    belowHalfway: zone('t-f', 'office', 'internet', 180, 150, 20, 25),
  };
  function place(blocked: (keyof typeof BLOCK)[]) {
    const draft = new Draft(
      doc(
        [zone('internet', 'internet', undefined, 0, 0, 240, 200), product('users', 'internet_user', 'internet', 40, 60), product('lb', 'slb', undefined, 600, 100), ...blocked.map((b) => BLOCK[b])],
        [https('e1', 'users', 'lb')],
      ),
      catalog,
    );
    const z = ensureEdgeZone(draft, [{ source: 'users', target: 'lb' }]);
    const after = draft.result();
    return { z, r: nodeRect(after, z.id)!, lb: nodeRect(after, 'lb')! };
  }

  it('nothing in the way: left of what the traffic enters, level with it', () => {
    const { z, r, lb } = place([]);
    expect(z.parent).toBeUndefined();
    expect(z.id).toMatch(/^edge-\d+$/);
    expect(r.x + r.width).toBeLessThanOrEqual(lb.x);
    expect(r.y + r.height / 2).toBe(130);
  });

  it('the facing side blocked: above it (the source is a little higher)', () => {
    const { r, lb } = place(['leftLevel', 'leftHalfway']);
    expect(r.y + r.height).toBeLessThanOrEqual(lb.y);
  });

  it('the facing side and the one above blocked: below it', () => {
    const { r, lb } = place(['leftLevel', 'leftHalfway', 'aboveLevel', 'aboveHalfway']);
    expect(r.y).toBeGreaterThanOrEqual(lb.y + lb.height);
    expect(r.x + r.width / 2).toBe(680);
  });

  it('every other side blocked: the side turned away from the source, halfway between the heights', () => {
    const { r, lb } = place(Object.keys(BLOCK) as (keyof typeof BLOCK)[]);
    expect(r.x).toBeGreaterThanOrEqual(lb.x + lb.width);
    expect(r.y + r.height / 2).toBe((90 + 130) / 2);
  });
});

