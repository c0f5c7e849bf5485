/** English messages: starting a design (templates on the empty canvas), My diagrams and reopening a file. */
import type { files as zh } from '../zh/files.ts';

export const files: Record<keyof typeof zh, string> = {
  'start.region': 'Start designing',
  'start.heading': 'Start from a reference template',
  'start.blank': 'Start blank',
  'meta.organizationPlaceholder': '(Organisation name)',
  'file.sameTitle': 'This file is already in My diagrams',
  'file.sameStored': '"{title}" (updated {time}) has exactly the same content as this file.',
  'file.sameCurrent': 'This file has exactly the same content as the open diagram "{title}".',
  'file.sameQuestion': 'Open the existing diagram and go on with it, or keep the file as a new diagram as well?',
  'file.openExisting': 'Open existing',
  'file.openAsNew': 'Open as a new diagram anyway',
};
