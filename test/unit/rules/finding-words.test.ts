/**
 * Every finding is worded: its message key is one of the checker's, and every placeholder of the
 * message is filled from the finding's parameters, in both languages. Over the templates, each with
 * one product taken away, and the baseline with Internet users straight to the server (SSH, and a high-risk port) or a
 * server with a public IP, at levels
 * 2–4: most rules fire somewhere. (A finding with an empty key or without its parameters would show
 * the user `{node}` or nothing.)
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, Level } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { t, type MessageKey } from '../../../src/core/i18n/translate.ts';
import { zh } from '../../../src/core/i18n/messages.zh.ts';
import { TEMPLATE_FILES, loadTemplate, withoutNodes } from './fix-geometry.ts';
import { baseline, catalog, edit } from './support.ts';

function designs(): Diagram[] {
  const out: Diagram[] = [
    edit(baseline(), (d) => d.connect({ id: 'e20', source: 'users', target: 'ecs', kind: 'traffic', protocol: 'SSH', port: 22 })),
    edit(baseline(), (d) => d.connect({ id: 'e20', source: 'users', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 3389 })),
    edit(baseline(), (d) => void (d.node('ecs').props.publicIp = true)),
  ];
  for (const file of TEMPLATE_FILES) {
    const doc = loadTemplate(file);
    out.push(doc);
    for (const node of doc.nodes) if (node.kind === 'product') out.push(withoutNodes(doc, [node.id]));
  }
  return out;
}

describe('finding messages', () => {
  it('use a key of the checker and fill every placeholder, in Chinese and English', () => {
    const rules = new Set<string>();
    let count = 0;
    for (const doc of designs()) {
      for (const level of [2, 3, 4] as Level[]) {
        for (const f of checkDiagram(doc, catalog, { level }).findings) {
          count++;
          rules.add(f.rule);
          expect(Object.hasOwn(zh, f.messageKey), `${f.rule}: ${f.messageKey}`).toBe(true);
          expect(f.messageKey.startsWith(`rule.${f.rule}`), `${f.rule}: ${f.messageKey}`).toBe(true);
          for (const lang of ['zh', 'en'] as const) {
            const text = t(lang, f.messageKey as MessageKey, f.params);
            expect(text, `${f.rule} ${lang}: ${text}`).not.toMatch(/\{\w+(?::[^{}]*)?\}/);
          }
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
    for (const rule of ['ABS-01', 'ABS-02', 'ABS-03', 'ABS-04', 'ABS-05', 'ABS-06', 'ABS-07', 'ABS-09']) expect(rules.has(rule), rule).toBe(true);
  });
});
