/** Save a diagram as a `.mlps.json` file named after its title (made safe for every file system). */
import { writeDiagram } from '../../core/format/write.ts';
import { safeFileName } from '../../core/model/file-name.ts';
import type { Diagram } from '../../core/model/types.ts';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

export function downloadDiagram(doc: Diagram): void {
  downloadText(writeDiagram(doc), safeFileName(doc.meta.title, '.mlps.json'));
}
