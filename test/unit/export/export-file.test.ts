import { describe, expect, it } from 'vitest';
import { buildExportFile, EXPORT_FORMATS } from '../../../src/export/export-file.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';
import { readFixture } from '../../support/export-fixtures.ts';
import { hostileDiagram } from '../../support/hostile.ts';

describe('export files for downloads', () => {
  it('builds every format with its MIME type and a name from the title', async () => {
    const doc = readFixture('all-fields');
    const files = await Promise.all(EXPORT_FORMATS.map((f) => buildExportFile(f, doc, catalog, { lang: 'zh', loadFont: async () => loadPdfFont() })));
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([
      ['网上商城 Online store 系统拓扑图.svg', 'image/svg+xml'],
      ['网上商城 Online store 系统拓扑图.pdf', 'application/pdf'],
      ['网上商城 Online store 系统拓扑图 A4.pdf', 'application/pdf'],
      ['网上商城 Online store 系统拓扑图 A3.pdf', 'application/pdf'],
      ['网上商城 Online store 系统拓扑图 A2.pdf', 'application/pdf'],
      ['网上商城 Online store 系统拓扑图 A1.pdf', 'application/pdf'],
      ['网上商城 Online store 系统拓扑图.drawio', 'application/vnd.jgraph.mxfile'],
      ['网上商城 Online store 安全产品清单.csv', 'text/csv;charset=utf-8'],
      ['网上商城 Online store 安全产品清单.md', 'text/markdown;charset=utf-8'],
      ['网上商城 Online store 安全产品清单.json', 'application/json'],
      ['网上商城 Online store 安全产品清单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    expect(files.every((f) => f.data.length > 100)).toBe(true);
  }, 30_000);

  it('names files from hostile titles safely, and refuses a PDF without its font', async () => {
    const file = await buildExportFile('csv', hostileDiagram(), catalog, { lang: 'en' });
    expect(file.name).toMatch(/^[^/\\<>:"|?*\u0000-\u001f\u202e]+\.csv$/);
    await expect(buildExportFile('pdf-a4', readFixture('all-fields'), catalog, { lang: 'en' })).rejects.toThrow(/font/);
  });
});
