/**
 * The file format's v2 filing fields as the filing documents read them: a zone's purpose (blank
 * text counts as not filled in) and importance, and the document's certificates (none in a design
 * that records none).
 */
import type { Certificate, Diagram, ZoneImportance, ZoneNode } from '../model/types.ts';

export type { Certificate, CertificateType, ZoneImportance } from '../model/types.ts';

export function zonePurpose(zone: ZoneNode): string | undefined {
  const purpose = zone.props?.purpose;
  return purpose !== undefined && purpose.trim() !== '' ? purpose : undefined;
}

export function zoneImportance(zone: ZoneNode): ZoneImportance | undefined {
  return zone.props?.importance;
}

export function certificatesOf(doc: Diagram): readonly Certificate[] {
  return doc.certificates ?? [];
}
