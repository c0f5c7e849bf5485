/** English messages of the import that the first screen needs (see zh/import-file.ts). */
import type { importFile as zh } from '../zh/import-file.ts';

export const importFile: Record<keyof typeof zh, string> = {
  'history.importUpdate': 'Update from the imported file',
  'importFile.changedMeanwhile': 'The diagram changed during the import; the update was not applied.',
  'importFile.refused': 'Cannot import {name}',
  'importFile.notInfra': 'Nor is it Terraform (terraform show -json) output or a ROS template.',
};
