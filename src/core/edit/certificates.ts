/**
 * Edits of the certificates (file format v2). Rows are addressed by their position in the document's
 * list (what the 备案信息 table shows); the format allows one entry per (product, edition, type), so
 * an edit that would make a second one is refused rather than merged.
 */
import type { Certificate, Diagram } from '../model/types.ts';

export const sameCertificateKey = (a: Certificate, b: Certificate): boolean =>
  a.product === b.product && a.edition === b.edition && a.type === b.type;

/** An entry without its empty optional fields (an emptied field means "not recorded"). */
export function cleanCertificate(entry: Certificate): Certificate {
  const out: Certificate = { product: entry.product, type: entry.type, number: entry.number };
  if (entry.edition !== undefined && entry.edition !== '') out.edition = entry.edition;
  if (entry.issuer !== undefined && entry.issuer !== '') out.issuer = entry.issuer;
  if (entry.validUntil !== undefined && entry.validUntil !== '') out.validUntil = entry.validUntil;
  if (entry.note !== undefined && entry.note !== '') out.note = entry.note;
  return out;
}

/** Whether `entry` would repeat the key of another entry than the one at `except`. */
export function clashesWithOther(doc: Diagram, entry: Certificate, except?: number): boolean {
  return (doc.certificates ?? []).some((other, i) => i !== except && sameCertificateKey(other, entry));
}

/** Replace the entry at `index`, or append one when `index` is undefined. */
export function putCertificate(doc: Diagram, entry: Certificate, index?: number): Diagram {
  const list = [...(doc.certificates ?? [])];
  const clean = cleanCertificate(entry);
  if (index === undefined) list.push(clean);
  else if (index >= 0 && index < list.length) list[index] = clean;
  else return doc;
  return { ...doc, certificates: list };
}

/** Remove the entry at `index`; the list disappears from the file with its last entry. */
export function removeCertificateAt(doc: Diagram, index: number): Diagram {
  const list = doc.certificates ?? [];
  if (index < 0 || index >= list.length) return doc;
  const rest = list.filter((_, i) => i !== index);
  const { certificates: _old, ...others } = doc;
  return rest.length > 0 ? { ...others, certificates: rest } : others;
}
