/**
 * The archive download of a design with its versions (issue 14): a ZIP holding the design as it is
 * stored (`<title>.mlps.json`), each version as a file of its own (`versions/NN-<date>.mlps.json`, a
 * plain design file each, openable as usual) and `manifest.json` saying what each version is. The
 * ordinary download stays one design; only this carries versions.
 */
import { safeFileName } from '../../core/model/file-name.ts';
import type { DiagramRecord, VersionRecord } from '../storage/diagram-db.ts';

export interface ArchiveManifest {
  format: 'mlps-designer-archive';
  formatVersion: 1;
  design: { file: string; title: string; level: number; updatedAt: string };
  versions: { file: string; createdAt: string; reason: VersionRecord['reason']; note: string; level: number; errors: number }[];
}

/** The archive's files, oldest version first; pure, so tests read it without unzipping. */
export function archiveEntries(design: DiagramRecord, versions: readonly VersionRecord[]): { manifest: ArchiveManifest; files: Record<string, string> } {
  const designFile = safeFileName(design.title, '.mlps.json');
  const files: Record<string, string> = { [designFile]: design.text };
  const ordered = [...versions].sort((a, b) => a.createdAt - b.createdAt);
  const width = String(ordered.length).length;
  const listed = ordered.map((v, i) => {
    const file = `versions/${String(i + 1).padStart(width, '0')}-${new Date(v.createdAt).toISOString().slice(0, 19).replace(/:/g, '')}.mlps.json`;
    files[file] = v.text;
    return { file, createdAt: new Date(v.createdAt).toISOString(), reason: v.reason, note: v.note, level: v.level, errors: v.errors };
  });
  const manifest: ArchiveManifest = {
    format: 'mlps-designer-archive',
    formatVersion: 1,
    design: { file: designFile, title: design.title, level: design.level, updatedAt: new Date(design.updatedAt).toISOString() },
    versions: listed,
  };
  files['manifest.json'] = `${JSON.stringify(manifest, null, 2)}\n`;
  return { manifest, files };
}

export async function archiveZip(design: DiagramRecord, versions: readonly VersionRecord[]): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate');
  const { files } = archiveEntries(design, versions);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
