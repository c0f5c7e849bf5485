/**
 * `applyFix(doc, fix, catalog)`: carry out the change a finding offers (fix.ts) and return the new
 * document: pure, valid, every finding offering that change gone. A change whose node or edge no longer
 * exists returns the document unchanged (the same object), so the editor can tell that nothing
 * happened and record no undo step.
 */
import type { Catalog } from '../../catalog/types.ts';
import { isEncrypted } from '../../model/encryption.ts';
import type { Diagram, ProductNode, ProductProps } from '../../model/types.ts';
import { addDbAudit, addMgmtZone, ensureSecurityCenter, ensureService, ensureSlsRetention } from './add-product.ts';
import { routeThroughBastion } from './bastion.ts';
import { roleCounts } from '../roles.ts';
import { Draft } from '../../edit/draft.ts';
import { addDrSite } from './dr-site.ts';
import { encryptedVariant, withEncryption } from './edge-protocol.ts';
import type { Fix, PropFix } from './fix.ts';
import { insertBoundary } from './insert-boundary.ts';
import { freeSpot } from '../../edit/draft-placement.ts';
import { ensureMgmtZone, nearestZone, securityZoneOf } from './zones.ts';

export function applyFix(doc: Diagram, fix: Fix, catalog: Catalog): Diagram {
  const draft = new Draft(doc, catalog);
  switch (fix.kind) {
    case 'add-product':
      if (fix.product === 'security_center') ensureSecurityCenter(draft);
      else ensureService(draft, fix.product);
      break;
    case 'add-mgmt-zone':
      addMgmtZone(draft);
      break;
    case 'add-db-audit':
      addDbAudit(draft, fix.vpc);
      break;
    case 'sls-retention':
      ensureSlsRetention(draft);
      break;
    case 'route-bastion':
      routeThroughBastion(draft);
      break;
    case 'move-to-mgmt':
      moveToMgmt(draft, fix.node);
      break;
    case 'insert-boundary':
      insertBoundary(draft, fix.product, fix.fromOutside);
      break;
    case 'set-prop':
      setProp(draft, fix.prop, fix.node);
      break;
    case 'set-edge':
      if (fix.set === 'encrypt') encryptEdge(draft, fix.edge);
      else if (draft.edge(fix.edge)?.mode !== 'realtime') draft.updateEdge(fix.edge, (e) => (e.kind === 'backup' ? { ...e, mode: 'realtime' } : e));
      break;
    case 'add-dr-site':
      addDrSite(draft, fix.node);
      break;
  }
  return draft.result();
}

function encryptEdge(draft: Draft, edgeId: string): void {
  const edge = draft.edge(edgeId);
  const target = edge && draft.node(edge.target);
  const toDatabase = target?.kind === 'product' && draft.catalog.withRole('database').has(target.product);
  if (edge && !isEncrypted(edge, target)) draft.updateEdge(edge.id, (e) => withEncryption(e, encryptedVariant(e, toDatabase)));
}

/** The value each prop fix sets (a public address is turned off by dropping `publicIp`: off is its default). */
const PROP_VALUES: Record<Exclude<PropFix, 'publicIp'>, ProductProps> = {
  multiAZ: { multiAZ: true },
  mfa: { mfa: true },
  localBackup: { localBackup: true },
  ssl: { ssl: true },
  sqlAudit: { sqlAudit: true },
  encryption: { encryption: 'kms' },
};

function setProp(draft: Draft, prop: PropFix, nodeId: string): void {
  const node = draft.node(nodeId);
  if (node?.kind !== 'product' || !(prop in (catalogProps(draft, node) ?? {}))) return;
  if (prop === 'publicIp') {
    if (node.props?.publicIp !== true) return;
    draft.updateNode<ProductNode>(nodeId, ({ props: { publicIp: _off, ...props } = {}, ...rest }) =>
      Object.keys(props).length > 0 ? { ...rest, props } : rest,
    );
    return;
  }
  // Encryption with a KMS key needs the key service in the design (GEN-02).
  if (prop === 'encryption') ensureService(draft, 'kms');
  const value = PROP_VALUES[prop];
  // A server spread over availability zones needs at least two instances in its role (CNS-03): added
  // only when the role lacks them, so two single servers behind one load balancer are not made four.
  const twoServers = prop === 'multiAZ' && draft.catalog.withRole('compute').has(node.product) && roleLacksInstance(draft, node);
  if (node.props?.[prop] === value[prop] && !twoServers) return;
  draft.updateNode<ProductNode>(nodeId, (n) => ({ ...n, ...(twoServers ? { quantity: 2 } : {}), props: { ...n.props, ...value } }));
}

/** Whether the server's role (roles.ts) counts fewer than 2 instances; a server receiving no traffic is its own role. */
function roleLacksInstance(draft: Draft, node: ProductNode): boolean {
  const compute = draft.catalog.withRole('compute');
  // roleCounts keys a role by product and sources, so zones (no traffic ends at one) and other products never join a server's role:
  // Stryker disable next-line MethodExpression,ConditionalExpression,LogicalOperator: the filter only keeps the list to the servers it is typed as
  const servers = draft.allNodes().filter((n): n is ProductNode => n.kind === 'product' && compute.has(n.product));
  const count = roleCounts(servers, draft.allEdges()).get(node.id) ?? (node.quantity ?? 1);
  return count < 2;
}

function catalogProps(draft: Draft, node: ProductNode) {
  // Stryker disable next-line OptionalChaining: a product node's product is in the catalog in any document the reader accepts (file-format.md)
  return draft.catalog.product(node.product)?.props;
}

/** Move a bastion host or database audit into the management zone of its VPC (created when missing). */
function moveToMgmt(draft: Draft, nodeId: string): void {
  const node = draft.node(nodeId);
  const vpc = nearestZone(draft, nodeId, 'vpc');
  if (node?.kind !== 'product' || !vpc || securityZoneOf(draft, nodeId)?.zone === 'mgmt') return;
  const zone = ensureMgmtZone(draft, vpc.id);
  const position = freeSpot(draft, zone.id);
  draft.updateNode(nodeId, (n) => ({ ...n, parent: zone.id, position }));
}
