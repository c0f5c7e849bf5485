/**
 * The one escaping helper of the HTML report, for element text and for quoted attribute values alike:
 * the XML escaper of the SVG and draw.io exports (`&`, `<`, `>`, both quotes, line breaks), which is
 * exactly what HTML needs too, and which drops characters XML forbids. Every piece of user text goes
 * through it; markup is only ever written by the report's own code.
 */
import { escapeXmlAttr } from '../../export/text/xml-escape.ts';

export function esc(text: string | number): string {
  return typeof text === 'number' ? String(text) : escapeXmlAttr(text);
}
