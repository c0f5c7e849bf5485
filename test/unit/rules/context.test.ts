/** context.ts: what every rule asks about the document, worked out once per check. */
import { describe, expect, it } from 'vitest';
import type { Diagram, ProductNode } from '../../../src/core/model/types.ts';
import { buildContext, type RuleContext } from '../../../src/core/rules/context.ts';
import { baseline, catalog, edit, product, zone } from './support.ts';

const contextOf = (doc: Diagram): RuleContext => buildContext(doc, catalog, doc.meta.level);
const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);
const facts = (ctx: RuleContext, id: string) => ctx.factsOf(id)!;

describe('buildContext: the rules sets', () => {
  it('lists compute nodes, databases and data stores in document order, as nodes and as facts', () => {
    const doc = edit(baseline(), (d) => d.add(product('oss', 'oss', 'data', 200, 60), product('ecs2', 'ecs', 'app', 200, 60)));
    const ctx = contextOf(doc);
    expect(ids(ctx.compute)).toEqual(['ecs', 'ecs2']);
    expect(ids(ctx.databases)).toEqual(['rds', 'rds-copy']);
    expect(ids(ctx.dataStores)).toEqual(['rds', 'rds-copy', 'oss']);
    expect(ctx.computeFacts.map((f) => f.node.id)).toEqual(['ecs', 'ecs2']);
    expect(ctx.databaseFacts.map((f) => f.node.id)).toEqual(['rds', 'rds-copy']);
    expect(ctx.storeFacts.map((f) => f.node.id)).toEqual(['rds', 'rds-copy', 'oss']);
  });

  it('ofProduct lists the nodes of one catalog product in document order, none for a product not used', () => {
    const doc = edit(baseline(), (d) => d.add(product('ecs2', 'ecs', 'app', 200, 60)));
    const ctx = contextOf(doc);
    expect(ids(ctx.ofProduct('ecs'))).toEqual(['ecs', 'ecs2']);
    expect(ids(ctx.ofProduct('rds'))).toEqual(['rds', 'rds-copy']);
    expect(ids(ctx.ofProduct('waf'))).toEqual(['waf']);
    expect(ctx.ofProduct('oss')).toEqual([]);
  });
});

describe('buildContext: facts by id', () => {
  it('finds the facts of every product, the first one included, and none for a zone or an unknown id', () => {
    const ctx = contextOf(baseline());
    expect(facts(ctx, 'users').node.id).toBe('users');
    expect(facts(ctx, 'users').number).toBe(0);
    expect(facts(ctx, 'rds-copy').node.id).toBe('rds-copy');
    expect(ctx.factsOf('vpc')).toBeUndefined();
    expect(ctx.factsOf('nowhere')).toBeUndefined();
  });
});

describe('buildContext: backup copies', () => {
  it('a data store at the end of a backup edge is a backup copy; its original is not', () => {
    const ctx = contextOf(baseline());
    expect(ctx.isBackupCopy('rds-copy')).toBe(true);
    expect(ctx.isBackupCopy('rds')).toBe(false);
  });

  it('a node at the end of a backup edge that is not a data store is not a backup copy', () => {
    const doc = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'rds', target: 'ecs', kind: 'backup' }));
    expect(contextOf(doc).isBackupCopy('ecs')).toBe(false);
  });

  it('a data store at the end of an edge of another kind is not a backup copy', () => {
    for (const kind of ['traffic', 'log', 'management'] as const) {
      const doc = edit(baseline(), (d) => d.edge('e9').kind = kind);
      expect(contextOf(doc).isBackupCopy('rds-copy')).toBe(false);
    }
  });

  it('a backup edge to a node that is not a product (a document never validated) makes no backup copy', () => {
    const doc = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'rds', target: 'backup', kind: 'backup' }, { id: 'e21', source: 'rds', target: 'gone', kind: 'backup' }));
    const ctx = contextOf(doc);
    expect(['backup', 'gone', 'rds-copy'].map((id) => ctx.isBackupCopy(id))).toEqual([false, false, true]);
  });

  it('the first product of the file can be a backup copy too', () => {
    const doc = edit(baseline(), (d) => {
      const copy = d.doc.nodes.find((n) => n.id === 'rds-copy')!;
      d.doc.nodes = [copy, ...d.doc.nodes.filter((n) => n !== copy)];
    });
    const ctx = contextOf(doc);
    expect(facts(ctx, 'rds-copy').number).toBe(0);
    expect(ctx.isBackupCopy('rds-copy')).toBe(true);
  });
});

describe('buildContext: edges at a product', () => {
  it('edgesInto and edgesOutOf list the edges of every kind, in document order', () => {
    const ctx = contextOf(baseline());
    expect(ids(ctx.edgesInto(facts(ctx, 'rds')))).toEqual(['e6', 'e8']);
    expect(ids(ctx.edgesOutOf(facts(ctx, 'rds')))).toEqual(['e9']);
    expect(ids(ctx.edgesOutOf(facts(ctx, 'bastion')))).toEqual(['e7', 'e8']);
    expect(ctx.edgesInto(facts(ctx, 'users'))).toEqual([]);
  });

  it('receivesTraffic: only a traffic edge counts, from any node', () => {
    const ctx = contextOf(baseline());
    expect(ctx.receivesTraffic(facts(ctx, 'ecs'))).toBe(true); // traffic and management
    expect(ctx.receivesTraffic(facts(ctx, 'rds-copy'))).toBe(false); // a backup edge only
    expect(ctx.receivesTraffic(facts(ctx, 'bastion'))).toBe(false); // nothing
    const logged = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'ecs', target: 'sls', kind: 'log' }));
    const withLog = contextOf(logged);
    expect(withLog.receivesTraffic(facts(withLog, 'sls'))).toBe(false);
    const managedFirst = edit(baseline(), (d) => void (d.doc.edges = [d.edge('e7'), ...d.doc.edges.filter((e) => e.id !== 'e7')]));
    const ordered = contextOf(managedFirst);
    expect(ordered.receivesTraffic(facts(ordered, 'ecs'))).toBe(true); // the traffic edge is not the first one in
  });
});

describe('buildContext: Internet', () => {
  it('isInternet: internet_user anywhere, anything in an internet zone; nothing else (the zone itself is in none)', () => {
    const doc = edit(baseline(), (d) => d.add(product('surfer', 'internet_user', undefined, 0, 1500), zone('idc', 'idc', undefined, 0, 400, 240, 200), product('idc-db', 'rds', 'idc', 40, 60)));
    const ctx = contextOf(doc);
    expect(['users', 'surfer'].map((id) => ctx.isInternet(id))).toEqual([true, true]);
    expect(['ecs', 'idc-db', 'idc', 'vpc', 'internet'].map((id) => ctx.isInternet(id))).toEqual([false, false, false, false, false]);
  });

  it('isInternet: a zone drawn inside an internet zone is on the Internet', () => {
    const ctx = contextOf(edit(baseline(), (d) => d.add(zone('partner', 'office', 'internet', 10, 120, 100, 60))));
    expect(ctx.isInternet('partner')).toBe(true);
  });
});

describe('buildContext: props with catalog defaults', () => {
  it('a prop the node sets wins; else the catalog default; a default of null is no value', () => {
    const doc = edit(baseline(), (d) => d.add(product('oss', 'oss', 'data', 200, 60)));
    const ctx = contextOf(doc);
    expect(ctx.propOf(facts(ctx, 'sls'), 'retentionDays')).toBe(180);
    expect(ctx.prop(ctx.factsOf('sls')!.node, 'retentionDays')).toBe(180);
    const slsDefault = catalog.product('sls')!.props.retentionDays;
    expect(slsDefault).toBe(30);
    const bare = edit(doc, (d) => void delete d.node('sls').props.retentionDays);
    const bareCtx = contextOf(bare);
    expect(bareCtx.propOf(facts(bareCtx, 'sls'), 'retentionDays')).toBe(30);
    expect(ctx.propOf(facts(ctx, 'oss'), 'encryption')).toBe('none');
    expect(catalog.product('ecs')!.props.spec).toBeNull();
    expect(ctx.propOf(facts(ctx, 'ecs'), 'spec')).toBeUndefined();
  });

  it('a product the catalog does not know has no defaults', () => {
    const doc = edit(baseline(), (d) => d.add(product('odd', 'no_such_product', 'app', 200, 60, { retentionDays: 5 })));
    const ctx = contextOf(doc);
    expect(ctx.propOf(facts(ctx, 'odd'), 'important')).toBeUndefined();
    expect(ctx.propOf(facts(ctx, 'odd'), 'edition')).toBeUndefined();
    expect(ctx.propOf(facts(ctx, 'odd'), 'retentionDays')).toBe(5);
  });

  it('the edition is the node own, else the catalog default edition', () => {
    const doc = edit(baseline(), (d) => void delete d.node('sc').props.edition);
    const ctx = contextOf(doc);
    expect(ctx.propOf(facts(ctx, 'sc'), 'edition')).toBe(catalog.product('security_center')!.editions!.default);
    expect(ctx.propOf(facts(contextOf(baseline()), 'cfw'), 'edition')).toBe('enterprise');
  });

  it('prop of a node not in the document: its own props only', () => {
    const ctx = contextOf(baseline());
    const stray: ProductNode = { id: 'stray', kind: 'product', product: 'sls', position: { x: 0, y: 0 }, props: { retentionDays: 7 } };
    expect(ctx.prop(stray, 'retentionDays')).toBe(7);
    expect(ctx.prop({ ...stray, props: undefined }, 'retentionDays')).toBeUndefined();
  });

  it('important: a data store whose important is not false; never a node that is not a data store', () => {
    const doc = edit(baseline(), (d) => {
      d.node('rds-copy').props.important = false;
      d.node('ecs').props.important = true;
    });
    const ctx = contextOf(doc);
    expect(ctx.important(facts(ctx, 'rds'))).toBe(true);
    expect(ctx.important(facts(ctx, 'rds-copy'))).toBe(false);
    expect(ctx.important(facts(ctx, 'ecs'))).toBe(false);
  });
});

describe('buildContext: encryption, values computed once, serial', () => {
  it('encrypted: a database protocol is encrypted when the target requires SSL', () => {
    const ctx = contextOf(baseline());
    const edge = (id: string) => ctx.doc.edges.find((e) => e.id === id)!;
    expect(ctx.encrypted(edge('e6'))).toBe(true); // MySQL into rds with ssl
    const noSsl = edit(baseline(), (d) => void (d.node('rds').props.ssl = false));
    const plain = contextOf(noSsl);
    expect(plain.encrypted(plain.doc.edges.find((e) => e.id === 'e6')!)).toBe(false);
  });

  it('encrypted: an edge to an id that is no product of the document goes by its protocol alone', () => {
    const ctx = contextOf(baseline());
    expect(ctx.encrypted({ id: 'x', source: 'ecs', target: 'gone', kind: 'traffic', protocol: 'MySQL' })).toBe(false);
    expect(ctx.encrypted({ id: 'x', source: 'ecs', target: 'gone', kind: 'traffic', protocol: 'HTTPS' })).toBe(true);
    expect(ctx.encrypted({ id: 'x', source: 'ecs', target: 'vpc', kind: 'traffic', protocol: 'TLS' })).toBe(true);
  });

  it('once computes a value the first time it is asked for and keeps it for the check', () => {
    const ctx = contextOf(baseline());
    let calls = 0;
    const first = ctx.once('k', () => ({ n: ++calls }));
    expect(ctx.once('k', () => ({ n: ++calls }))).toBe(first);
    expect(calls).toBe(1);
    expect(ctx.once('other', () => 'x')).toBe('x');
    expect(ctx.once('undefined', () => undefined)).toBeUndefined();
    expect(contextOf(baseline()).once('k', () => 'fresh')).toBe('fresh');
  });

  it('gives every check a serial number of its own', () => {
    const doc = baseline();
    const serials = [contextOf(doc), contextOf(doc), contextOf(doc)].map((c) => c.serial);
    expect(new Set(serials).size).toBe(3);
  });
});
