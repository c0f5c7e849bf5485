/**
 * A diagram whose every user string is hostile (shared/reference/robustness.md, "Hostile text"):
 * markup and script, CDATA ends, entities, quotes, bidi overrides, zero-width and XML-illegal
 * characters, Chinese outside GB2312, emoji, formula starters, and a 1 MB label. Built directly (the
 * reader would refuse the 1 MB label and the control characters): exporters must cope anyway.
 */
import type { Diagram } from '../../src/core/model/types.ts';
import { smallDiagram } from './documents.ts';

export const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</text><script>alert(1)</script>',
  ']]><!-- &',
  '&amp; & &#x3C; &lt;',
  `it's "quoted"`,
  'invoice\u202Etxt.exe',
  'zero\u200Bwidth\u200D\uFEFF',
  'ctl\u0000\u0001\u0008\u000B\u001B\u007F\u0085\uFFFE\uFFFF\uD800end',
  '堃 𠀀 Chinese outside GB2312',
  'emoji 😀🔥 label',
  '=HYPERLINK("http://evil.example","click")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTAB start',
  '\rCR start',
] as const;

export const MEGA_LABEL = `1MB ${'长'.repeat(256 * 1024)}${'x'.repeat(256 * 1024)}`;

export function hostileDiagram(): Diagram {
  const doc = smallDiagram();
  const pick = (i: number) => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!;
  doc.meta = { ...doc.meta, title: `${pick(0)} ${pick(8)}`, organization: pick(1), version: pick(11), author: pick(6), date: '2026-12-01' };
  doc.nodes = doc.nodes.map((node, i) => {
    const label = i === 3 ? MEGA_LABEL : pick(i);
    if (node.kind === 'product') return { ...node, label, props: { ...node.props, ...(node.product === 'internet_user' ? {} : { spec: pick(11 + (i % 6)) }) } };
    return { ...node, label };
  });
  // Every zone kind name and product must still be drawn: add zones whose labels start like formulas.
  doc.nodes.push({ id: 'z-formula', kind: 'zone', zone: 'mgmt', position: { x: 0, y: 600 }, size: { width: 400, height: 200 }, label: '=cmd|\' /C calc\'!A0' });
  doc.nodes.push({ id: 'n-bastion', kind: 'product', product: 'bastionhost', parent: 'z-formula', position: { x: 40, y: 60 }, label: '@bastion', props: { spec: '-10' } });
  doc.edges = doc.edges.map((edge, i) => ({ ...edge, label: pick(i + 2) }));
  doc.edges.push({ id: 'e-mega', source: 'n-bastion', target: 'ecs', kind: 'management', protocol: 'SSH', port: 22, label: MEGA_LABEL });
  return doc;
}
