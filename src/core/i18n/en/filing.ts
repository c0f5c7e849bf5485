import type { filing as zh } from '../zh/filing.ts';

/** English messages: filing information (file format v2: zone purpose and importance, product certificates). */
export const filing: Record<keyof typeof zh, string> = {
  'issue.productWithoutEditions': '{product} has no editions, so edition {found} cannot be given',
  'issue.duplicateCertificate': 'a second {type} for {product} (first at {first}); one entry per product, edition and type',
  'filing.type.certification': 'security certification',
  'filing.type.testing': 'security testing report',
  'filing.type.licence': 'sales licence',
  'filing.open': 'Filing information…',
  'filing.title': 'Filing information: security product certificates',
  'filing.intro': 'The evidence for item 04 of table 4 (security product list). Since 1 July 2023 no sales licences are issued: products in the catalogue of critical network equipment and dedicated cybersecurity products need a security certification or a security testing result.',
  'filing.empty': 'No certificates recorded yet.',
  'filing.add': 'Add certificate',
  'filing.remove': 'Remove',
  'filing.removeRow': 'Remove the certificate in row {row}',
  'filing.close': 'Close',
  'filing.col.product': 'Product',
  'filing.col.edition': 'Edition',
  'filing.col.type': 'Type',
  'filing.col.number': 'Number',
  'filing.col.issuer': 'Issuer',
  'filing.col.validUntil': 'Valid until',
  'filing.col.note': 'Note',
  'filing.rowLabel': 'Row {row} {column}',
  'filing.anyEdition': 'All editions',
  'filing.notInDesign': '(not in the design)',
  'filing.numberRequired': 'The number must not be empty',
};
