/**
 * Escaping for XML text and attribute values (SVG and draw.io). Input is made XML-legal first, so the
 * result is always well-formed whatever the user typed: `<`, `&`, quotes and `]]>` become entities,
 * and line breaks in attributes become character references (attribute normalisation would fold them).
 */
import { xmlLegal } from './clean-text.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Escape for element content. */
export function escapeXmlText(text: string): string {
  return xmlLegal(text).replace(/[&<>]/g, (c) => ENTITIES[c]!);
}

/** Escape for a double- or single-quoted attribute value. */
export function escapeXmlAttr(text: string): string {
  return xmlLegal(text).replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c]!);
}

