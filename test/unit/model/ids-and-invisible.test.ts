import { describe, expect, it } from 'vitest';
import { ID_PATTERN, MAX_ID_LENGTH, idFactory, isValidId } from '../../../src/core/model/ids.ts';
import { INVISIBLE_CHARACTERS, escapeInvisible } from '../../../src/core/model/invisible.ts';
import { safeFileName } from '../../../src/core/model/file-name.ts';
import { readDiagramValue } from '../../../src/core/format/read.ts';
import { catalog } from '../../support/catalog.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';

describe('ids', () => {
  it('are 1–64 of A-Za-z0-9_.:-', () => {
    for (const id of ['a', 'ecs-3', 'A_b.c:d-9', 'x'.repeat(MAX_ID_LENGTH)]) expect(isValidId(id)).toBe(true);
    for (const id of ['', 'x'.repeat(MAX_ID_LENGTH + 1), 'a b', 'é', 'a/b', 'a\n']) expect(isValidId(id)).toBe(false);
    expect(ID_PATTERN.flags).toBe('');
  });

  it('handed out by the factory are valid for the reader, whatever the prefix', () => {
    const factory = idFactory(smallDiagram());
    for (const prefix of ['ecs', '云服务器', 'a b/c', 'x'.repeat(100), '']) {
      const id = factory.next(prefix);
      expect(isValidId(id)).toBe(true);
      const doc = asJson(smallDiagram());
      doc['nodes'][8].id = id;
      doc['edges'][1].target = id;
      doc['edges'][2].source = id;
      expect(readDiagramValue(doc, catalog).ok).toBe(true);
    }
  });
});

describe('invisible characters', () => {
  const all = ['\u007F', '\u0085', '\u009F', '\u00AD', '\u061C', '\u200B', '\u200F', '\u202A', '\u202E', '\u2060', '\u2064', '\u2066', '\u2069', '\uFEFF'];

  it('are one set: controls, soft hyphen, Arabic letter mark, zero-width, bidi, word joiner, byte-order mark', () => {
    for (const c of all) expect(`a${c}b`.replace(INVISIBLE_CHARACTERS, '')).toBe('ab');
    expect('网上商城 a-b.c'.replace(INVISIBLE_CHARACTERS, '')).toBe('网上商城 a-b.c');
    expect(escapeInvisible('x\u061Cy')).toBe('x\\u061cy');
  });

  it('never reach a file name', () => {
    for (const c of all) expect(safeFileName(`a${c}b`, '.json')).toBe('a b.json');
  });
});
