/**
 * 安全计算环境 (CES), the data's side, condition by condition (issue 16): each test changes the baseline
 * in exactly the place one condition of the rule's row in rules.md names.
 */
import { describe, expect, it } from 'vitest';
import { baseline, edit, findings, found, product } from './support.ts';

/** The baseline's database with one more prop set. */
const rdsWith = (props: Record<string, unknown>) => edit(baseline(), (d) => void Object.assign(d.node('rds').props, props));

describe('CES-07 conditions', () => {
  it('CES-07 important: an unimportant data store may be unencrypted', () => {
    expect(found(rdsWith({ encryption: 'none' }), 'CES-07')).toEqual([['error', ['rds']]]);
    expect(found(rdsWith({ encryption: 'none', important: false }), 'CES-07')).toEqual([]);
  });

  it('CES-07 encryption none: service-managed keys are encryption at rest', () => {
    expect(found(rdsWith({ encryption: 'service' }), 'CES-07')).toEqual([]);
  });

  it('CES-07 server: a server marked important:false, or important but encrypted, is no finding', () => {
    const server = (props: Record<string, unknown>) => edit(baseline(), (d) => void Object.assign(d.node('ecs').props, props));
    expect(found(server({ important: false, encryption: 'none' }), 'CES-07')).toEqual([]);
    expect(found(server({ important: true, encryption: 'kms' }), 'CES-07')).toEqual([]);
    expect(found(server({ important: true, encryption: 'none' }), 'CES-07')).toEqual([['error', ['ecs']]]);
    expect(findings(server({ important: true, encryption: 'none' }), 'CES-07')[0]).toMatchObject({
      messageKey: 'rule.CES-07', params: { node: { en: 'Elastic Compute Service' } }, fix: { change: { kind: 'set-prop', node: 'ecs', prop: 'encryption' } },
    });
  });
});

describe('CES-08 conditions', () => {
  it('CES-08 important: service keys on an unimportant store are no finding', () => {
    expect(found(rdsWith({ encryption: 'service', important: false }), 'CES-08', 4)).toEqual([]);
  });

  it('CES-08 service keys: KMS keys and no encryption at all are not CES-08', () => {
    expect(found(baseline(), 'CES-08', 4)).toEqual([]);
    expect(found(rdsWith({ encryption: 'none' }), 'CES-08', 4)).toEqual([]);
    expect(findings(rdsWith({ encryption: 'service' }), 'CES-08', 4)[0]).toMatchObject({ messageKey: 'rule.CES-08', fix: { change: { kind: 'set-prop', node: 'rds', prop: 'encryption' } } });
  });
});

describe('CES-09 conditions', () => {
  it('CES-09 important: an unimportant store may have local backup off', () => {
    expect(found(rdsWith({ localBackup: false }), 'CES-09')).toEqual([['error', ['rds']]]);
    expect(found(rdsWith({ localBackup: false, important: false }), 'CES-09')).toEqual([]);
    expect(findings(rdsWith({ localBackup: false }), 'CES-09')[0]).toMatchObject({ messageKey: 'rule.CES-09', fix: { change: { kind: 'set-prop', node: 'rds', prop: 'localBackup' } } });
  });

  it('CES-09 localBackup false: local backup on is no finding', () => {
    expect(found(rdsWith({ localBackup: true }), 'CES-09')).toEqual([]);
  });
});

describe('CES-10 conditions', () => {
  it('CES-10 important: an unimportant store needs no off-site copy', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('e9');
      d.node('rds').props.important = false;
      d.node('rds-copy').props.important = false;
    });
    expect(found(doc, 'CES-10')).toEqual([]);
  });

  it('CES-10 backup edge: a traffic edge to another region is not an off-site copy', () => {
    const doc = edit(baseline(), (d) => {
      delete d.edge('e9').mode;
      d.edge('e9').kind = 'traffic';
    });
    expect(found(doc, 'CES-10')).toContainEqual(['error', ['rds']]);
    expect(findings(doc, 'CES-10')[0]).toMatchObject({ messageKey: 'rule.CES-10.noneRealtime', params: { node: { en: 'ApsaraDB RDS' } } });
  });

  it('CES-10 real time: one real-time copy among scheduled ones is enough; the fix names the first scheduled one', () => {
    const doc = edit(baseline(), (d) => {
      d.edge('e9').mode = 'scheduled';
      d.add(product('oss-copy', 'oss', 'backup', 200, 60, { encryption: 'kms' }));
      d.connect({ id: 'e20', source: 'rds', target: 'oss-copy', kind: 'backup', mode: 'scheduled' });
    });
    expect(found(doc, 'CES-10')).toEqual([['error', ['rds']]]);
    expect(findings(doc, 'CES-10')[0]).toMatchObject({ messageKey: 'rule.CES-10.notRealtime', fix: { change: { kind: 'set-edge', edge: 'e9', set: 'realtime' } } });
    const oneRealtime = edit(doc, (d) => void (d.edge('e20').mode = 'realtime'));
    expect(found(oneRealtime, 'CES-10')).toEqual([]);
  });

  it('CES-10 no copy: at level 2 the message asks for a copy, from level 3 for a real-time one, with a DR site fix', () => {
    const doc = edit(baseline(), (d) => d.remove('e9'));
    expect(findings(doc, 'CES-10', 2)[0]).toMatchObject({ messageKey: 'rule.CES-10.none', fix: { change: { kind: 'add-dr-site', node: 'rds' } } });
    expect(findings(doc, 'CES-10', 3)[0]).toMatchObject({ messageKey: 'rule.CES-10.noneRealtime', fix: { change: { kind: 'add-dr-site', node: 'rds' } } });
  });

  it('CES-10 no region: a store in no region gets the finding without a fix', () => {
    const doc = edit(baseline(), (d) => d.add(product('cache', 'redis', undefined, 2400, 20, { multiAZ: true, encryption: 'kms' })));
    const [finding] = findings(doc, 'CES-10').filter((f) => f.targets[0] === 'cache');
    expect(finding).toMatchObject({ messageKey: 'rule.CES-10.noneRealtime' });
    expect(finding!.fix).toBeUndefined();
  });
});

describe('CES-11 conditions', () => {
  it('CES-11 personal data: on a data store too, and not when false', () => {
    expect(found(rdsWith({ personalData: true }), 'CES-11')).toEqual([['info', ['rds']]]);
    expect(findings(rdsWith({ personalData: true }), 'CES-11')[0]).toMatchObject({ messageKey: 'rule.CES-11', params: { node: { en: 'ApsaraDB RDS' } } });
    expect(found(rdsWith({ personalData: false }), 'CES-11')).toEqual([]);
  });
});

describe('CES-10 region without props', () => {
  it('CES-10 no copy: a store in a region node with no props at all still gets a DR site fix', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('e9');
      delete (d.node('region') as { props?: object }).props;
    });
    expect(findings(doc, 'CES-10')[0]).toMatchObject({ targets: ['rds'], fix: { change: { kind: 'add-dr-site', node: 'rds' } } });
  });
});
