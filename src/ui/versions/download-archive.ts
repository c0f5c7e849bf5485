import { safeFileName } from '../../core/model/file-name.ts';
import { downloadBlob } from '../files/download.ts';
import type { Persistence } from '../storage/persistence.ts';
import { archiveZip } from './archive.ts';

/** Download a stored design with its versions as one ZIP (the open one is saved first). */
export async function downloadArchive(persistence: Persistence, diagramId: string): Promise<void> {
  await persistence.save();
  const design = await persistence.storedText(diagramId);
  if (!design) return;
  const zip = await archiveZip(design, (await (await persistence.versions())?.list(diagramId)) ?? []);
  downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), safeFileName(design.title, '.mlps-archive.zip'));
}
