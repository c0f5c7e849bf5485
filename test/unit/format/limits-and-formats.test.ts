/**
 * The format's limits are defined once (format/limits.ts) and are exactly what the reader enforces;
 * other programs' files are named; the size refusal is one helper for every caller.
 */
import { describe, expect, it } from 'vitest';
import { PROP_TYPES } from '../../../src/core/catalog/prop-types.ts';
import { describeReadError } from '../../../src/core/format/describe.ts';
import { showValue } from '../../../src/core/format/errors.ts';
import { sizeRefusal } from '../../../src/core/format/json-text.ts';
import {
  MAX_FILE_BYTES, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, MAX_REASON_LENGTH, MAX_SPEC_LENGTH, MAX_TITLE_LENGTH, PORT_RANGE,
  QUANTITY_RANGE, RETENTION_DAYS_RANGE,
} from '../../../src/core/standard/limits.ts';
import { readDiagramBytes, readDiagramText, readDiagramValue } from '../../../src/core/format/read.ts';
import { catalog } from '../../support/catalog.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';
import { refused } from '../../support/read-results.ts';


/** The small diagram with one change; `ok` whether the reader accepts it. */
function accepts(change: (doc: Record<string, any>) => void): boolean {
  const doc = asJson(smallDiagram());
  change(doc);
  return readDiagramValue(doc, catalog).ok;
}

// 𠀀 is one character (code point) but two UTF-16 units: limits count characters.
const chars = (n: number) => '𠀀'.repeat(n);

describe('the limits of the format', () => {
  it('accept text exactly as long as the limit and refuse one character more', () => {
    const cases: [number, (doc: Record<string, any>, text: string) => void][] = [
      [MAX_TITLE_LENGTH, (d, s) => (d['meta'].title = s)],
      [MAX_LABEL_LENGTH, (d, s) => (d['nodes'][0].label = s)],
      [MAX_LABEL_LENGTH, (d, s) => (d['nodes'][8].label = s)],
      [MAX_LABEL_LENGTH, (d, s) => (d['edges'][0].label = s)],
      [MAX_SPEC_LENGTH, (d, s) => (d['nodes'][8].props = { spec: s })],
      [MAX_REASON_LENGTH, (d, s) => (d['waivers'] = [{ rule: 'CNS-01', reason: s }])],
      [MAX_NOTE_LENGTH, (d, s) => (d['manual'] = [{ item: 'MAN-01', done: false, note: s }])],
    ];
    for (const [max, set] of cases) {
      expect(accepts((d) => set(d, chars(max)))).toBe(true);
      expect(accepts((d) => set(d, chars(max + 1)))).toBe(false);
    }
  });

  it('accept numbers at both ends of their range and refuse one past either end', () => {
    const cases: [{ min: number; max: number }, (doc: Record<string, any>, n: number) => void][] = [
      [QUANTITY_RANGE, (d, n) => (d['nodes'][8].quantity = n)],
      [PORT_RANGE, (d, n) => (d['edges'][0].port = n)],
      [RETENTION_DAYS_RANGE, (d, n) => d['nodes'].push({ id: 'sls', kind: 'product', product: 'sls', parent: 'app', position: { x: 0, y: 0 }, props: { retentionDays: n } })],
    ];
    for (const [range, set] of cases) {
      for (const n of [range.min, range.max]) expect(accepts((d) => set(d, n))).toBe(true);
      for (const n of [range.min - 1, range.max + 1]) expect(accepts((d) => set(d, n))).toBe(false);
    }
  });

  it('are the ones the catalog checks its defaults against, counted in characters', () => {
    expect(PROP_TYPES.spec.accepts(chars(MAX_SPEC_LENGTH))).toBe(true);
    expect(PROP_TYPES.spec.accepts(chars(MAX_SPEC_LENGTH + 1))).toBe(false);
    expect(PROP_TYPES.spec.describe).toContain(String(MAX_SPEC_LENGTH));
    expect(PROP_TYPES.retentionDays.accepts(RETENTION_DAYS_RANGE.max)).toBe(true);
    expect(PROP_TYPES.retentionDays.accepts(RETENTION_DAYS_RANGE.max + 1)).toBe(false);
    expect(PROP_TYPES.retentionDays.accepts(RETENTION_DAYS_RANGE.min - 1)).toBe(false);
  });
});

describe('a draw.io file', () => {
  const drawio = '<?xml version="1.0" encoding="UTF-8"?>\n<mxfile host="app.diagrams.net" version="24.0.0">\n  <diagram id="x" name="Page-1"></diagram>\n</mxfile>\n';

  it('is refused as not JSON and named as a draw.io file, in both languages', () => {
    const error = refused(readDiagramText(drawio, catalog));
    expect(error).toEqual({ kind: 'notJson', line: 1, column: 1, detail: 'unexpected', found: '<', looksLike: 'drawio' });
    expect(describeReadError(error, 'en').details).toEqual(['It looks like a draw.io file.']);
    expect(describeReadError(error, 'zh').details).toEqual(['它看起来是 draw.io 文件。']);
    expect(describeReadError(error, 'en').headline).toContain('line 1, column 1');
  });

  it('is recognized after a byte-order mark, whitespace, a comment, or without the XML declaration', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(drawio)]);
    expect(refused(readDiagramBytes(bom, catalog))).toMatchObject({ kind: 'notJson', looksLike: 'drawio' });
    expect(refused(readDiagramText('\uFEFF  \n<mxfile><diagram/></mxfile>', catalog))).toMatchObject({ looksLike: 'drawio' });
    expect(refused(readDiagramText('<!-- exported --><mxfile/>', catalog))).toMatchObject({ looksLike: 'drawio' });
    expect(refused(readDiagramText('<mxGraphModel><root/></mxGraphModel>', catalog))).toMatchObject({ looksLike: 'drawio' });
  });

  it('is not claimed for other XML or broken JSON', () => {
    for (const text of ['<?xml version="1.0"?><svg/>', '<html><body>mxfile</body></html>', '<mxfilex/>', '{"a": <mxfile/>}']) {
      expect(refused(readDiagramText(text, catalog))).not.toHaveProperty('looksLike');
    }
  });
});

describe('the size refusal', () => {
  it('refuses only more than MAX_FILE_BYTES, and says so in words', () => {
    expect(sizeRefusal(MAX_FILE_BYTES)).toBeUndefined();
    const error = sizeRefusal(MAX_FILE_BYTES + 1)!;
    expect(error).toEqual({ kind: 'tooLarge', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    expect(describeReadError(sizeRefusal(25 * 1024 * 1024)!, 'en').headline).toBe('The file is too large (25.0 MB); the limit is 20 MB.');
  });

  it('does not claim a size it does not know when reading stopped at the limit', () => {
    const error = sizeRefusal(MAX_FILE_BYTES + 1, true)!;
    expect(error).toMatchObject({ kind: 'tooLarge', atLeast: true });
    expect(describeReadError(error, 'en').headline).toBe('The input is larger than the limit of 20 MB.');
    expect(describeReadError(error, 'zh').headline).toBe('输入超过 20 MB 上限。');
  });
});

describe('values shown in messages', () => {
  it('escape every invisible or direction-changing character, the Arabic letter mark and U+2060–2065 included', () => {
    expect(showValue('a\u061Cb\u2060c\u2064d\u202Ee\u00ADf')).toBe('"a\\u061cb\\u2060c\\u2064d\\u202ee\\u00adf"');
  });
});
