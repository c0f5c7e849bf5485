/**
 * Which fix an unencrypted connection offers (suggest.ts, issue 16), built on the baseline design by
 * changing exactly the edge or database the condition names: a database protocol into a database that
 * takes SSL gets SSL on the database (one fix for every such connection); anything else switches the
 * edge itself, to TLS on its own protocol when it ends at a database.
 */
import { describe, expect, it } from 'vitest';
import { fixKey } from '../../../src/core/rules/fixes/fix.ts';
import { baseline, edit, findings, product } from './support.ts';

describe('encryption fixes', () => {
  it('a database protocol into a database that takes SSL: SSL on the database, one fix for every connection', () => {
    const doc = edit(baseline(), (d) => {
      d.node('rds').props.ssl = false;
      d.add(product('ecs2', 'ecs', 'app', 40, 120));
      d.connect({ id: 'e10', source: 'ecs2', target: 'rds', kind: 'traffic', protocol: 'MySQL', port: 3306 });
    });
    const fixes = findings(doc, 'CNS-05').map((f) => f.fix!);
    expect(fixes).toHaveLength(2);
    expect(fixKey(fixes[0]!.change)).toBe('prop:ssl:rds');
    expect(fixes[1]).toBe(fixes[0]);
  });

  it('a database protocol switched off explicitly: the edge itself, TLS on its protocol', () => {
    const doc = edit(baseline(), (d) => void (d.edge('e6').encrypted = false));
    const [f] = findings(doc, 'CNS-05');
    expect(fixKey(f!.fix!.change)).toBe('edge:encrypt:e6');
    expect(f!.fix!.params.protocol).toBe('MySQL (TLS)');
  });

  it('a database protocol into a product that takes no SSL: the edge itself', () => {
    const doc = edit(baseline(), (d) => Object.assign(d.edge('e1'), { protocol: 'MySQL', port: 3306 }));
    const [f] = findings(doc, 'CNS-04');
    expect(fixKey(f!.fix!.change)).toBe('edge:encrypt:e1');
    expect(f!.fix!.params.protocol).toBe('MySQL (TLS)');
  });

  it('another protocol: TLS on its own protocol into a database, TLS instead of it elsewhere', () => {
    const toDatabase = edit(baseline(), (d) => Object.assign(d.edge('e6'), { protocol: 'TCP', port: 3306 }));
    expect(findings(toDatabase, 'CNS-05')[0]!.fix!.params.protocol).toBe('TCP (TLS)');
    const elsewhere = edit(baseline(), (d) => Object.assign(d.edge('e1'), { protocol: 'TCP', port: 9000 }));
    expect(findings(elsewhere, 'CNS-04')[0]!.fix!.params.protocol).toBe('TLS');
  });
});
