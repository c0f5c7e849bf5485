/**
 * Hostile labels, titles, waiver reasons and notes (robustness.md, "Hostile text") in the HTML report:
 * parsed as a browser would, the document has no script, no event attribute, nothing that loads or
 * links anything, and every hostile string is shown as text, literally. happy-dom is used as a
 * library (a test-wide DOM environment would replace Node's URL, which the catalog loader needs).
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/core/export/text/clean-text.ts';
import { exportReportHtml } from '../../../src/core/report/html/report-html.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { catalog } from '../../support/catalog.ts';
import { HOSTILE_STRINGS, hostileDiagram, MEGA_LABEL } from '../../support/hostile.ts';

function parse(html: string) {
  return new new Window().DOMParser().parseFromString(html, 'text/html');
}

const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'img', 'image', 'use', 'a', 'foreignObject', 'audio', 'video', 'source', 'frame', 'noscript', 'template'];
const LOADING_ATTRIBUTES = /^(?:src|srcset|href|xlink:href|action|formaction|poster|background|data|ping|lowsrc)$/i;

function hostileReport(lang: 'zh' | 'en'): string {
  const doc = hostileDiagram();
  // Every hostile string reaches the report at least as a waiver's reason (the waivers table).
  doc.waivers = [
    { rule: 'ABS-03', target: 'ecs', reason: HOSTILE_STRINGS[2] }, { rule: 'CES-01', reason: MEGA_LABEL },
    ...HOSTILE_STRINGS.map((reason, i) => ({ rule: 'GEN-01', target: `gone-${i}`, reason })),
  ];
  doc.manual = [{ item: 'MAN-02', done: true, note: HOSTILE_STRINGS[0] }, { item: 'MAN-05', done: false, note: HOSTILE_STRINGS[8] }];
  return exportReportHtml(doc, catalog, checkDiagram(doc, catalog), { lang });
}

describe('compliance report (HTML) with hostile text', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: parses to a document that runs, loads and links nothing`, () => {
      const html = hostileReport(lang);
      expect(html.length).toBeLessThan(300_000); // the 1 MB label is cut short
      const dom = parse(html);
      for (const name of FORBIDDEN_ELEMENTS) expect(dom.getElementsByTagName(name).length, `<${name}>`).toBe(0);
      expect(dom.querySelectorAll('style')).toHaveLength(1);
      const problems: string[] = [];
      for (const el of Array.from(dom.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          const value = attr.value ?? '';
          if (/^on/i.test(attr.name)) problems.push(`${el.tagName}@${attr.name}`);
          if (LOADING_ATTRIBUTES.test(attr.name)) problems.push(`${el.tagName}@${attr.name}`);
          if (/url\(|javascript:|expression\(/i.test(value) && attr.name !== 'content') problems.push(`${el.tagName}@${attr.name}=${value.slice(0, 40)}`);
        }
      }
      expect(problems).toEqual([]);
      const css = dom.querySelector('style')!.textContent ?? '';
      expect(css).not.toMatch(/url\(|@import|expression\(/i);
      expect(dom.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
      // The raw text too: user text never holds a raw "<", so every tag is the report's own.
      expect(html).not.toMatch(/<(?:script|iframe|img|foreignObject)/i);
      for (const [tag] of html.matchAll(/<[^>]*>/g)) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    });

    it(`${lang}: shows every hostile string literally, without invisible characters`, () => {
      const dom = parse(hostileReport(lang));
      const text = dom.body.textContent ?? '';
      for (const hostile of HOSTILE_STRINGS) expect(text, JSON.stringify(hostile)).toContain(printable(hostile));
      expect(dom.querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)> ctlend');
      expect(text).toContain('</text><script>alert(1)</script>'); // a waiver reason, as text
      expect(text).toContain('1MB 长长');
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202E\u200B\uFEFF]/);
      const svgTitle = dom.querySelector('svg title')!.textContent;
      expect(svgTitle).toContain('<img src=x onerror=alert(1)>');
    });
  }
});
