/** Commands on the design as a whole: its system information and level, waivers, manual checks, certificates. */
import { clashesWithOther, putCertificate, removeCertificateAt } from '../../core/edit/certificates.ts';
import { replaceWaivers, setManualItem, setWaiver, updateMeta, type MetaPatch } from '../../core/edit/meta.ts';
import type { Certificate, Level, ManualEntry, Waiver } from '../../core/model/types.ts';
import { defineCommand } from '../command.ts';

export const editMeta = defineCommand<{ patch: MetaPatch; field: string }>({
  label: 'history.meta',
  mergeKey: ({ field }) => `meta.${field}`,
  run: ({ doc }, { patch }) => ({ doc: updateMeta(doc, patch) }),
});

export const setLevel = defineCommand<{ level: Level }>({
  label: 'history.level',
  run: ({ doc }, { level }) => ({ doc: doc.meta.level === level ? doc : updateMeta(doc, { level }), labelParams: { level: { key: `level.${level}` } } }),
});

/** Accept a finding with a reason (or change the reason of the waivers that accept it). */
export const waive = defineCommand<{ waiver: Waiver; replacing?: (w: Waiver) => boolean }>({
  label: 'history.waiver',
  run: ({ doc }, { waiver, replacing }) => ({
    doc: replacing ? replaceWaivers(doc, replacing, (w) => ({ ...w, reason: waiver.reason })) : setWaiver(doc, waiver),
  }),
});

/** Withdraw the waivers that accept a finding. */
export const unwaive = defineCommand<{ matching: (w: Waiver) => boolean }>({
  label: 'history.waiver',
  run: ({ doc }, { matching }) => ({ doc: replaceWaivers(doc, matching) }),
});

/** Tick or annotate a manual check item; typing its note is one undo step. */
export const setManual = defineCommand<{ entry: ManualEntry; typing?: boolean }>({
  label: 'history.manual',
  mergeKey: ({ entry, typing }) => (typing ? `manual:${entry.item}:note` : undefined),
  run: ({ doc }, { entry }) => ({ doc: setManualItem(doc, entry) }),
});

/** Record a product's certificate (备案信息); one entry per product, edition and type. */
export const addCertificate = defineCommand<{ certificate: Certificate }>({
  label: 'history.addCertificate',
  run: ({ doc }, { certificate }) =>
    clashesWithOther(doc, certificate) ? { refused: 'filing.duplicate' } : { doc: putCertificate(doc, certificate) },
});

/** Change the certificate in row `index`; typing in one of its fields is one undo step. */
export const setCertificate = defineCommand<{ index: number; certificate: Certificate; field: string }>({
  label: 'history.setCertificate',
  mergeKey: ({ index, field }) => `certificate:${index}:${field}`,
  run: ({ doc }, { index, certificate }) =>
    clashesWithOther(doc, certificate, index) ? { refused: 'filing.duplicate' } : { doc: putCertificate(doc, certificate, index) },
});

export const removeCertificate = defineCommand<{ index: number }>({
  label: 'history.removeCertificate',
  run: ({ doc }, { index }) => ({ doc: removeCertificateAt(doc, index) }),
});
