/**
 * What several layers share (layers/shared.ts), through the rules that use it (issue 16): the best
 * edition drawn (highest rank, then the first in natural id order) and the 云安全中心 fix built on it.
 */
import { describe, expect, it } from 'vitest';
import { baseline, edit, findings, product } from './support.ts';

/** The baseline with its 云安全中心 at 高级版 and a second one, `id`, also 高级版, added after it. */
const twoAdvanced = (id: string) => edit(baseline(), (d) => {
  d.node('sc').props.edition = 'advanced';
  d.add(product(id, 'security_center', 'mgmt', 560, 120, { edition: 'advanced' }));
});

describe('best edition drawn', () => {
  it('among equal editions, the first in natural id order is the best, wherever it is in the document', () => {
    // CES-05's warning names the best security center.
    expect(findings(twoAdvanced('sc-b'), 'CES-05', 3).map((f) => f.targets)).toEqual([['sc']]);
    expect(findings(twoAdvanced('sb'), 'CES-05', 3).map((f) => f.targets)).toEqual([['sb']]);
  });

  it('a higher edition is the best even when it comes later and has a later id', () => {
    const doc = edit(twoAdvanced('sc-b'), (d) => void (d.node('sc').props.edition = 'anti_virus'));
    // sc-b (高级版) is met at level 3 with a warning naming it, not sc (防病毒版).
    expect(findings(doc, 'CES-05', 3).map((f) => f.targets)).toEqual([['sc-b']]);
  });

  it('the best firewall and the best security center are looked up apart (ABS-07)', () => {
    const doc = edit(baseline(), (d) => void (d.node('cfw').props.edition = 'advanced'));
    expect(findings(doc, 'ABS-07')).toEqual([]); // the security center (企业版) meets it
  });
});

describe('the 云安全中心 fix', () => {
  it('upgrades the best security center drawn, naming it, or adds one when there is none', () => {
    const weak = edit(baseline(), (d) => void (d.node('sc').props.edition = 'free'));
    expect(findings(weak, 'CES-06')[0]!.fix).toMatchObject({ messageKey: 'fix.securityCenter.upgrade', params: { node: { en: 'Security Center' } } });
    const none = edit(baseline(), (d) => d.remove('sc'));
    expect(findings(none, 'CES-06')[0]!.fix).toMatchObject({ messageKey: 'fix.securityCenter.add' });
  });
});

describe('best edition drawn, by rank first', () => {
  it('a lower edition with an earlier id, later in the document, is not the best', () => {
    const doc = edit(baseline(), (d) => {
      d.node('sc').props.edition = 'advanced';
      d.add(product('sb', 'security_center', 'mgmt', 560, 120, { edition: 'free' }));
    });
    // 高级版 (sc) is the best: met at level 3 with the warning naming it; 免费版 (sb) would fail CES-05.
    expect(findings(doc, 'CES-05', 3).map((f) => [f.severity, f.targets])).toEqual([['warning', ['sc']]]);
  });
});
