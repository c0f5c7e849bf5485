import type { Diagram } from '../../src/core/model/types.ts';

/** A small valid diagram: Internet users → SLB in a DMZ → ECS in an app zone → RDS in a data zone. */
export function smallDiagram(): Diagram {
  return {
    format: 'mlps-designer/diagram',
    schemaVersion: 2,
    meta: { title: '测试系统', level: 3, platform: 'alibaba-public' },
    nodes: [
      { id: 'internet', kind: 'zone', zone: 'internet', position: { x: 0, y: 0 }, size: { width: 200, height: 200 } },
      { id: 'users', kind: 'product', product: 'internet_user', parent: 'internet', position: { x: 40, y: 60 } },
      { id: 'region', kind: 'zone', zone: 'region', position: { x: 300, y: 0 }, size: { width: 1200, height: 500 }, props: { regionId: 'cn-hangzhou' } },
      { id: 'vpc', kind: 'zone', zone: 'vpc', parent: 'region', position: { x: 20, y: 40 }, size: { width: 1100, height: 400 }, props: { cidr: '10.0.0.0/16' } },
      { id: 'dmz', kind: 'zone', zone: 'dmz', parent: 'vpc', position: { x: 20, y: 40 }, size: { width: 300, height: 200 }, props: { cidr: '10.0.1.0/24' } },
      { id: 'app', kind: 'zone', zone: 'app', parent: 'vpc', position: { x: 360, y: 40 }, size: { width: 300, height: 200 }, props: { cidr: '10.0.2.0/24' } },
      { id: 'data', kind: 'zone', zone: 'data', parent: 'vpc', position: { x: 700, y: 40 }, size: { width: 300, height: 200 }, props: { cidr: '10.0.3.0/24' } },
      { id: 'slb', kind: 'product', product: 'slb', parent: 'dmz', position: { x: 40, y: 60 } },
      { id: 'ecs', kind: 'product', product: 'ecs', parent: 'app', position: { x: 40, y: 60 }, quantity: 2 },
      { id: 'rds', kind: 'product', product: 'rds', parent: 'data', position: { x: 40, y: 60 }, props: { multiAZ: true } },
    ],
    edges: [
      { id: 'e1', source: 'users', target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 443 },
      { id: 'e2', source: 'slb', target: 'ecs', kind: 'traffic', protocol: 'HTTP', port: 8080 },
      { id: 'e3', source: 'ecs', target: 'rds', kind: 'traffic', protocol: 'MySQL', port: 3306 },
    ],
  };
}

/** A deep copy as plain JSON, for tests that break documents on purpose. */
export function asJson(doc: unknown): Record<string, any> {
  return JSON.parse(JSON.stringify(doc)) as Record<string, any>;
}
