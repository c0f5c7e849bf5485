/** Commands on the design as a whole: its system information and level, waivers, manual checks. */
import { replaceWaivers, setManualItem, setWaiver, updateMeta, type MetaPatch } from '../../core/edit/meta.ts';
import { t } from '../../core/i18n/translate.ts';
import type { Level, ManualEntry, Waiver } from '../../core/model/types.ts';
import { defineCommand } from '../command.ts';

export const editMeta = defineCommand<{ patch: MetaPatch; field: string }>({
  label: 'history.meta',
  mergeKey: ({ field }) => `meta.${field}`,
  run: ({ doc }, { patch }) => ({ doc: updateMeta(doc, patch) }),
});

export const setLevel = defineCommand<{ level: Level }>({
  label: 'history.level',
  run: ({ doc }, { level }) => ({ doc: doc.meta.level === level ? doc : updateMeta(doc, { level }), labelParams: { level: { zh: t('zh', `level.${level}`), en: t('en', `level.${level}`) } } }),
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
