import type { entryPoints as zh } from '../zh/entry-points.ts';

/** English messages: what the first screen shows of features whose dialogs load later (see zh/entry-points.ts). */
export const entryPoints: Record<keyof typeof zh, string> = {
  'exportDialog.open': 'Export',
  'filing.importance.high': 'High',
  'filing.importance.medium': 'Medium',
  'filing.importance.low': 'Low',
  'filing.importance.unset': 'Not set',
  'filing.purpose': 'Main function and role',
  'filing.purposePlaceholder': 'e.g. serves the online store\'s web pages',
  'filing.importance': 'Importance',
  'filing.duplicate': 'There is already a certificate for this product, edition and type',
  'history.setCertificate': 'Edit certificate',
  'history.addCertificate': 'Add certificate',
  'history.removeCertificate': 'Remove certificate',
  'priceUi.open': 'Price list',
  'toolbar.versions': 'Versions',
  'toolbar.compare': 'Compare',
  'toolbar.levelDelta': 'What does {level} need',
  'history.restoreVersion': 'Restore version',
  'history.adoptProposal': 'Adopt the {level} proposal',
  'versions.failed': 'Version not saved: browser storage failed ({reason}). The design itself is unaffected.',
};
