/**
 * File format v2 fields (file-format.md, **v2**) read as optional properties, so this module is the
 * only place to change when the model's own types gain them: a zone's purpose and importance, and
 * the document's certificates. Version-1 documents simply have none.
 */
import type { Diagram, ZoneNode } from '../model/types.ts';

export type ZoneImportance = 'high' | 'medium' | 'low';

export type CertificateType = 'certification' | 'testing' | 'licence';

/** One entry of the top-level `certificates` array (v2). */
export interface Certificate {
  product: string;
  edition?: string;
  type: CertificateType;
  number: string;
  issuer?: string;
  validUntil?: string;
  note?: string;
}

interface V2ZoneProps {
  purpose?: string;
  importance?: ZoneImportance;
}

export function zonePurpose(zone: ZoneNode): string | undefined {
  const purpose = (zone.props as V2ZoneProps | undefined)?.purpose;
  return typeof purpose === 'string' && purpose.trim() !== '' ? purpose : undefined;
}

export function zoneImportance(zone: ZoneNode): ZoneImportance | undefined {
  const importance = (zone.props as V2ZoneProps | undefined)?.importance;
  return importance === 'high' || importance === 'medium' || importance === 'low' ? importance : undefined;
}

export function certificatesOf(doc: Diagram): readonly Certificate[] {
  const list = (doc as Diagram & { certificates?: readonly Certificate[] }).certificates;
  return Array.isArray(list) ? list : [];
}
