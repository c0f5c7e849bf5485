/**
 * The export dialog's warm-up (issue 15): when it opens, the PDF font is readied and one small PDF is
 * drawn and thrown away (the smallest reference template), once a session, so the user's first PDF
 * runs on compiled code. Nothing is downloaded; a warm-up that fails is tried again next time.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const font = new Uint8Array([1, 2, 3]);
const buildExportFile = vi.fn(async () => ({ name: 'x.pdf', mimeType: 'application/pdf', data: new Uint8Array() }));
const preparePdfFont = vi.fn();
const loadBrowserPdfFont = vi.fn(async () => font);
const downloadBlob = vi.fn();
vi.mock('../../src/export/export-file.ts', () => ({ buildExportFile }));
vi.mock('../../src/export/pdf/fontkit-adapter.ts', () => ({ preparePdfFont }));
vi.mock('../../src/export/pdf/browser-font.ts', () => ({ loadBrowserPdfFont }));
vi.mock('../../src/ui/files/download.ts', () => ({ downloadBlob }));

const { bundledCatalog } = await import('../../src/ui/catalog/bundled-catalog.ts');
const catalog = bundledCatalog();

beforeEach(() => {
  vi.resetModules();
  buildExportFile.mockClear();
  preparePdfFont.mockClear();
  downloadBlob.mockClear();
});

const settled = () => vi.waitFor(() => expect(buildExportFile).toHaveBeenCalled());

describe("the export dialog's warm-up", () => {
  it('readies the font and draws the smallest template as a PDF, once, without downloading it', async () => {
    const { prepareExports } = await import('../../src/ui/export/run-export.ts');
    prepareExports('zh', catalog);
    prepareExports('en', catalog); // the dialog's language changed: its messages, not a second PDF
    await settled();
    expect(preparePdfFont).toHaveBeenCalledExactlyOnceWith(font);
    expect(buildExportFile).toHaveBeenCalledTimes(1);
    const [format, doc, usedCatalog, options] = buildExportFile.mock.calls[0] as unknown as [string, { meta: { level: number }; nodes: unknown[] }, unknown, { markFindings: boolean; loadFont: unknown }];
    expect(format).toBe('pdf');
    expect(usedCatalog).toBe(catalog);
    expect(doc.meta.level).toBe(2);
    expect(doc.nodes.length).toBeGreaterThan(10);
    expect(options).toMatchObject({ markFindings: false, loadFont: loadBrowserPdfFont });
    expect(downloadBlob).not.toHaveBeenCalled();
  });

  it('tries again when a warm-up failed (a chunk or the font not fetched)', async () => {
    const { prepareExports } = await import('../../src/ui/export/run-export.ts');
    loadBrowserPdfFont.mockRejectedValueOnce(new Error('offline'));
    prepareExports('zh', catalog);
    await vi.waitFor(() => expect(loadBrowserPdfFont).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(buildExportFile).not.toHaveBeenCalled();
    prepareExports('zh', catalog);
    await settled();
    expect(buildExportFile).toHaveBeenCalledTimes(1);
  });
});
