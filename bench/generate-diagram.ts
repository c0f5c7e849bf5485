/**
 * Generated diagrams for benchmarks and scale tests: a realistic shape (Internet users; per "cell" a
 * region › VPC › DMZ, application, data and management zones with their products), deterministic,
 * with about 1.3 edges per node, scaled to the requested node count (zones included).
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../src/core/model/types.ts';

export function generateDiagram(targetNodes: number): Diagram {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  let edgeNo = 0;
  const edge = (source: string, target: string, kind: DiagramEdge['kind'], extra: Partial<DiagramEdge> = {}) =>
    edges.push({ id: `e${++edgeNo}`, source, target, kind, ...extra });

  nodes.push({ id: 'internet', kind: 'zone', zone: 'internet', position: { x: 0, y: 0 }, size: { width: 200, height: 200 } });
  nodes.push({ id: 'users', kind: 'product', product: 'internet_user', parent: 'internet', position: { x: 60, y: 60 } });
  nodes.push({ id: 'sls', kind: 'product', product: 'sls', position: { x: 0, y: 300 }, props: { retentionDays: 180 } });

  // Cells on a roughly square grid (about 18 nodes per cell), so the whole diagram fits a screen.
  const columns = Math.max(1, Math.ceil(Math.sqrt(targetNodes / 18 / 1.5)));
  for (let cell = 0; nodes.length < targetNodes; cell++) {
    const c = `c${cell}`;
    const x = 300 + (cell % columns) * 1300;
    const y = Math.floor(cell / columns) * 900;
    nodes.push({ id: `${c}-region`, kind: 'zone', zone: 'region', position: { x, y }, size: { width: 1250, height: 850 }, props: { regionId: 'cn-hangzhou' } });
    nodes.push({ id: `${c}-vpc`, kind: 'zone', zone: 'vpc', parent: `${c}-region`, position: { x: 20, y: 40 }, size: { width: 1200, height: 780 }, props: { cidr: '10.0.0.0/16' } });
    const zones = ['dmz', 'app', 'data', 'mgmt'] as const;
    zones.forEach((kind, i) => {
      nodes.push({
        id: `${c}-${kind}`, kind: 'zone', zone: kind, parent: `${c}-vpc`,
        position: { x: 20 + i * 295, y: 40 }, size: { width: 280, height: 700 }, props: { cidr: `10.0.${i + 1}.0/24` },
      });
    });
    const place = (zone: string, k: number) => ({ x: 30 + (k % 2) * 120, y: 50 + Math.floor(k / 2) * 90 });
    nodes.push({ id: `${c}-slb`, kind: 'product', product: 'slb', parent: `${c}-dmz`, position: place('dmz', 0), props: { multiAZ: true } });
    nodes.push({ id: `${c}-bastion`, kind: 'product', product: 'bastionhost', parent: `${c}-mgmt`, position: place('mgmt', 0), props: { mfa: true } });
    nodes.push({ id: `${c}-rds`, kind: 'product', product: 'rds', parent: `${c}-data`, position: place('data', 0), props: { multiAZ: true, encryption: 'kms', ssl: true } });
    nodes.push({ id: `${c}-redis`, kind: 'product', product: 'redis', parent: `${c}-data`, position: place('data', 1), props: { multiAZ: true } });
    edge('users', `${c}-slb`, 'traffic', { protocol: 'HTTPS', port: 443 });
    for (let k = 0; k < 10 && nodes.length < targetNodes; k++) {
      const id = `${c}-ecs${k}`;
      nodes.push({ id, kind: 'product', product: 'ecs', parent: `${c}-app`, position: place('app', k), quantity: 2 });
      edge(`${c}-slb`, id, 'traffic', { protocol: 'HTTP', port: 8080 });
      edge(id, k % 2 === 0 ? `${c}-rds` : `${c}-redis`, 'traffic', { protocol: k % 2 === 0 ? 'MySQL' : 'Redis' });
      if (k % 3 === 0) edge(`${c}-bastion`, id, 'management', { protocol: 'SSH', port: 22 });
      if (k % 5 === 0) edge(id, 'sls', 'log');
    }
  }
  const kept = nodes.slice(0, targetNodes);
  const ids = new Set(kept.map((n) => n.id));
  return {
    format: 'mlps-designer/diagram',
    schemaVersion: 2,
    meta: { title: `Generated ${targetNodes}`, level: 3, platform: 'alibaba-public' },
    nodes: kept,
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}
