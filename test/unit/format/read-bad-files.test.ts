/**
 * Every "Bad files" case of shared/reference/robustness.md is refused, with what is wrong and where,
 * and nothing is polluted or crashes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readDiagramBytes, readDiagramText, readDiagramValue, type ReadResult } from '../../../src/core/format/read.ts';
import { describeReadError } from '../../../src/core/format/describe.ts';
import { formatPath, type ReadError } from '../../../src/core/format/errors.ts';
import { MAX_FILE_BYTES } from '../../../src/core/standard/limits.ts';
import { catalog } from '../../support/catalog.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';
import { refused, issuesOf } from '../../support/read-results.ts';



/** The issues as "code @ $.path" strings, for compact assertions. */
function located(result: ReadResult): string[] {
  return issuesOf(result).map((i) => `${i.code} @ ${formatPath(i.path)}`);
}

function readDoc(doc: unknown): ReadResult {
  return readDiagramText(JSON.stringify(doc), catalog);
}

function mutate(change: (doc: Record<string, any>) => void): ReadResult {
  const doc = asJson(smallDiagram());
  change(doc);
  return readDoc(doc);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('files that are not diagrams', () => {
  it('refuses an empty file', () => {
    expect(refused(readDiagramBytes(new Uint8Array(), catalog)).kind).toBe('empty');
    expect(refused(readDiagramText('  \n', catalog)).kind).toBe('empty');
  });

  it('refuses truncated JSON, saying where it ends', () => {
    const text = JSON.stringify(smallDiagram(), null, 2);
    const error = refused(readDiagramText(text.slice(0, 200), catalog));
    expect(error).toMatchObject({ kind: 'notJson', detail: 'truncated' });
    const lines = text.slice(0, 200).split('\n');
    expect(error).toMatchObject({ line: lines.length });
  });

  it('refuses a file of NUL bytes as not text', () => {
    expect(refused(readDiagramBytes(new Uint8Array(64), catalog))).toMatchObject({ kind: 'binary', offset: 0 });
  });

  it('refuses UTF-16 with and without a byte-order mark', () => {
    const text = JSON.stringify(smallDiagram());
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) le[2 + i * 2] = text.charCodeAt(i) & 0xff;
    expect(refused(readDiagramBytes(le, catalog)).kind).toBe('utf16');
    expect(refused(readDiagramBytes(le.slice(2), catalog)).kind).toBe('utf16');
  });

  it('refuses bytes that are not UTF-8, with the offset', () => {
    const bytes = utf8('{"format": "x"}');
    const broken = new Uint8Array([...bytes.slice(0, 5), 0xc3, 0x28, ...bytes.slice(5)]);
    expect(refused(readDiagramBytes(broken, catalog))).toEqual({ kind: 'notUtf8', offset: 5 });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(JSON.stringify(smallDiagram()))]);
    expect(readDiagramBytes(bytes, catalog).ok).toBe(true);
    expect(readDiagramText(`\ufeff${JSON.stringify(smallDiagram())}`, catalog).ok).toBe(true);
  });

  it("refuses other programs' JSON files and names what they look like", () => {
    expect(refused(readDoc({ name: 'x', version: '1.0.0', dependencies: {} }))).toMatchObject({ kind: 'notDiagram', looksLike: 'package' });
    expect(refused(readDoc({ type: 'excalidraw', version: 2, elements: [] }))).toMatchObject({ kind: 'notDiagram', looksLike: 'excalidraw' });
    expect(refused(readDoc([1, 2]))).toEqual({ kind: 'notObject', found: 'array' });
    expect(refused(readDoc('text'))).toEqual({ kind: 'notObject', found: 'string' });
    expect(refused(readDoc({ format: 'mlps-designer/diagrams', schemaVersion: 1 })).kind).toBe('notDiagram');
  });

  it('refuses input over 20 MB before parsing it', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    expect(refused(readDiagramBytes(big, catalog))).toMatchObject({ kind: 'tooLarge', bytes: MAX_FILE_BYTES + 1 });
    // Text over the limit too (a 7 M-character string of 3-byte characters is 21 MB).
    expect(refused(readDiagramText('中'.repeat(7 * 1024 * 1024), catalog)).kind).toBe('tooLarge');
  });
});

describe('schemaVersion', () => {
  it('refuses a newer version as made by a newer version, without guessing', () => {
    expect(refused(mutate((d) => (d['schemaVersion'] = 3)))).toEqual({ kind: 'newerVersion', found: 3, supported: 2 });
  });

  it.each([
    ['missing', undefined, 'undefined'],
    ['a string', '1', '"1"'],
    ['fractional', 1.5, '1.5'],
    ['negative', -1, '-1'],
    ['zero', 0, '0'],
  ])('refuses a schemaVersion that is %s', (_name, value, shown) => {
    expect(refused(mutate((d) => (d['schemaVersion'] = value)))).toEqual({ kind: 'badVersion', found: shown });
  });

  it('accepts 1.0 as 1 and 2.0 as 2 (integral numbers)', () => {
    expect(readDiagramText(JSON.stringify(smallDiagram()).replace('"schemaVersion":2', '"schemaVersion":1.0'), catalog).ok).toBe(true);
    expect(readDiagramText(JSON.stringify(smallDiagram()).replace('"schemaVersion":2', '"schemaVersion":2.0'), catalog).ok).toBe(true);
  });
});

describe('content that does not fit the format', () => {
  it('refuses unknown product ids and zone kinds', () => {
    expect(located(mutate((d) => (d['nodes'][1].product = 'firewall_x')))).toEqual(['unknownProduct @ $.nodes[1].product']);
    expect(located(mutate((d) => (d['nodes'][0].zone = 'moon')))).toEqual(['notAllowed @ $.nodes[0].zone']);
  });

  it('refuses unknown keys and props, wherever they are', () => {
    expect(located(mutate((d) => (d['meta'].owner = 'x')))).toEqual(['unknownKey @ $.meta.owner']);
    expect(located(mutate((d) => (d['extra'] = 1)))).toEqual(['unknownKey @ $.extra']);
    expect(located(mutate((d) => (d['edges'][0].color = 'red')))).toEqual(['unknownKey @ $.edges[0].color']);
    expect(located(mutate((d) => (d['nodes'][7].props = { colour: 'red' })))).toEqual(['unknownKey @ $.nodes[7].props.colour']);
  });

  it('refuses props that the product does not take, and editions it does not have', () => {
    expect(located(mutate((d) => (d['nodes'][7].props = { ssl: true })))).toEqual(['propNotForProduct @ $.nodes[7].props.ssl']);
    expect(located(mutate((d) => (d['nodes'][1].props = { spec: 'x' })))).toEqual(['propNotForProduct @ $.nodes[1].props.spec']);
    expect(located(mutate((d) => (d['nodes'][7].props = { edition: 'gold' })))).toEqual(['unknownEdition @ $.nodes[7].props.edition']);
  });

  it('refuses zone props on zones they do not apply to', () => {
    expect(located(mutate((d) => (d['nodes'][0].props = { cidr: '10.0.0.0/8' })))).toEqual(['propNotForZone @ $.nodes[0].props.cidr']);
    expect(located(mutate((d) => (d['nodes'][3].props = { regionId: 'cn-hangzhou' })))).toEqual(['propNotForZone @ $.nodes[3].props.regionId']);
  });

  it('refuses wrong types', () => {
    expect(located(mutate((d) => (d['meta'].title = 42)))).toEqual(['wrongType @ $.meta.title']);
    expect(located(mutate((d) => (d['nodes'] = {})))).toEqual(['wrongType @ $.nodes']);
    expect(located(mutate((d) => (d['nodes'][8].quantity = '2')))).toEqual(['wrongType @ $.nodes[8].quantity']);
    expect(located(mutate((d) => (d['nodes'][8].quantity = 2.5)))).toEqual(['notInteger @ $.nodes[8].quantity']);
    expect(located(mutate((d) => (d['nodes'][8].quantity = 0)))).toEqual(['outOfRange @ $.nodes[8].quantity']);
    expect(located(mutate((d) => (d['edges'][0].port = 70000)))).toEqual(['outOfRange @ $.edges[0].port']);
    expect(located(mutate((d) => (d['meta'].level = 5)))).toEqual(['notAllowed @ $.meta.level']);
    expect(located(mutate((d) => delete d['meta'].platform))).toEqual(['missing @ $.meta.platform']);
  });

  it('refuses null for optional fields', () => {
    expect(located(mutate((d) => (d['nodes'][1].label = null)))).toEqual(['nullValue @ $.nodes[1].label']);
    expect(located(mutate((d) => (d['meta'].organization = null)))).toEqual(['nullValue @ $.meta.organization']);
  });

  it.each([
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['1e309', 'Infinity'],
    ['null', 'null'],
  ])('refuses a %s coordinate', (literal) => {
    const text = JSON.stringify(smallDiagram()).replace('"position":{"x":40,"y":60}', `"position":{"x":${literal},"y":60}`);
    const result = readDiagramText(text, catalog);
    if (literal === 'NaN' || literal === 'Infinity') expect(refused(result)).toMatchObject({ kind: 'notJson', detail: 'unexpected' });
    else expect(located(result)).toEqual([`${literal === 'null' ? 'nullValue' : 'notFinite'} @ $.nodes[1].position.x`]);
  });

  it('refuses negative and zero sizes', () => {
    expect(located(mutate((d) => (d['nodes'][0].size.width = -10)))).toEqual(['notPositive @ $.nodes[0].size.width']);
    expect(located(mutate((d) => (d['nodes'][0].size.height = 0)))).toEqual(['notPositive @ $.nodes[0].size.height']);
  });

  it('refuses malformed CIDRs and ones with host bits set', () => {
    expect(located(mutate((d) => (d['nodes'][3].props.cidr = '10.0.1.5/24')))).toEqual(['cidrHostBits @ $.nodes[3].props.cidr']);
    expect(located(mutate((d) => (d['nodes'][3].props.cidr = '10.0.0.0/33')))).toEqual(['badCidr @ $.nodes[3].props.cidr']);
    expect(located(mutate((d) => (d['nodes'][3].props.cidr = '10.0.0.0')))).toEqual(['badCidr @ $.nodes[3].props.cidr']);
  });

  it('refuses dates that are not real calendar dates', () => {
    expect(located(mutate((d) => (d['meta'].date = '2023-02-29')))).toEqual(['badDate @ $.meta.date']);
    expect(located(mutate((d) => (d['meta'].date = '2026-1-5')))).toEqual(['badDate @ $.meta.date']);
    expect(readDoc({ ...smallDiagram(), meta: { ...smallDiagram().meta, date: '2024-02-29' } }).ok).toBe(true);
  });

  it('counts lengths in code points', () => {
    expect(readDoc({ ...smallDiagram(), meta: { ...smallDiagram().meta, title: '𠀀'.repeat(200) } }).ok).toBe(true);
    expect(located(mutate((d) => (d['meta'].title = '𠀀'.repeat(201))))).toEqual(['tooLong @ $.meta.title']);
    expect(located(mutate((d) => (d['meta'].title = '')))).toEqual(['emptyText @ $.meta.title']);
    expect(located(mutate((d) => (d['nodes'][1].label = 'x'.repeat(1024 * 1024))))).toEqual(['tooLong @ $.nodes[1].label']);
  });

  it('refuses malformed ids and region ids', () => {
    expect(located(mutate((d) => (d['nodes'][1].id = 'has space')))).toEqual(expect.arrayContaining(['badId @ $.nodes[1].id']));
    expect(located(mutate((d) => (d['nodes'][2].props.regionId = 'CN_Hangzhou')))).toEqual(['badRegionId @ $.nodes[2].props.regionId']);
  });
});

describe('references between nodes and edges', () => {
  it('refuses duplicate ids across nodes and edges, naming both places', () => {
    const result = mutate((d) => (d['edges'][0].id = 'ecs'));
    expect(located(result)).toEqual(['duplicateId @ $.edges[0].id']);
    expect(issuesOf(result)[0]!.params).toMatchObject({ id: 'ecs', first: '$.nodes[8].id' });
    // Renaming rds to ecs also leaves the edge into rds dangling: both are reported.
    expect(located(mutate((d) => (d['nodes'][9].id = 'ecs')))).toEqual(['danglingEdge @ $.edges[2].target', 'duplicateId @ $.nodes[9].id']);
  });

  it('refuses edges to missing nodes, to zones, and self-loops', () => {
    expect(located(mutate((d) => (d['edges'][0].target = 'nowhere')))).toEqual(['danglingEdge @ $.edges[0].target']);
    expect(located(mutate((d) => (d['edges'][0].target = 'dmz')))).toEqual(['edgeToZone @ $.edges[0].target']);
    expect(located(mutate((d) => (d['edges'][0].target = 'users')))).toEqual(['selfLoop @ $.edges[0].target']);
  });

  it('refuses a backup mode on an edge that is not a backup', () => {
    expect(located(mutate((d) => (d['edges'][0].mode = 'realtime')))).toEqual(['modeNotBackup @ $.edges[0].mode']);
  });

  it('refuses missing parents and parents that are not zones', () => {
    expect(located(mutate((d) => (d['nodes'][7].parent = 'nowhere')))).toEqual(['missingParent @ $.nodes[7].parent']);
    expect(located(mutate((d) => (d['nodes'][8].parent = 'slb')))).toEqual(['parentNotZone @ $.nodes[8].parent']);
  });

  it('refuses parent cycles, once per cycle, naming its members', () => {
    const result = mutate((d) => (d['nodes'][2].parent = 'dmz'));
    expect(located(result)).toEqual(['parentCycle @ $.nodes[2].parent']);
    expect(issuesOf(result)[0]!.params['ids']).toBe('region → dmz → vpc → region');
    expect(located(mutate((d) => (d['nodes'][0].parent = 'internet')))).toEqual(['parentCycle @ $.nodes[0].parent']);
  });

  it('refuses nesting deeper than 16 ancestors, accepting exactly 16', () => {
    const chain = (depth: number) => {
      const doc = asJson(smallDiagram());
      for (let i = 0; i <= depth; i++) {
        doc['nodes'].push({ id: `g${i}`, kind: 'zone', zone: 'group', position: { x: 0, y: 0 }, size: { width: 10, height: 10 }, ...(i > 0 ? { parent: `g${i - 1}` } : {}) });
      }
      doc['nodes'].push({ id: 'leaf', kind: 'product', product: 'ecs', position: { x: 0, y: 0 }, parent: `g${depth}` });
      return readDoc(doc);
    };
    expect(chain(15).ok).toBe(true); // leaf has 16 ancestors
    expect(located(chain(16))).toEqual(['tooManyAncestors @ $.nodes[27].parent']);
  });

  it('accepts children listed before their parents', () => {
    const doc = smallDiagram();
    doc.nodes.reverse();
    const result = readDoc(doc);
    expect(result.ok).toBe(true);
  });

  it('refuses unknown rule ids in waivers and unknown or repeated manual items', () => {
    expect(located(mutate((d) => (d['waivers'] = [{ rule: 'ABS-99', reason: 'x' }])))).toEqual(['unknownRule @ $.waivers[0].rule']);
    expect(located(mutate((d) => (d['waivers'] = [{ rule: 'ABS-01', reason: '' }])))).toEqual(['emptyText @ $.waivers[0].reason']);
    expect(located(mutate((d) => (d['manual'] = [{ item: 'MAN-11', done: true }])))).toEqual(['unknownManualItem @ $.manual[0].item']);
    expect(
      located(mutate((d) => (d['manual'] = [{ item: 'MAN-01', done: true }, { item: 'MAN-01', done: false }]))),
    ).toEqual(['duplicateManualItem @ $.manual[1].item']);
  });

  it('keeps a waiver naming an id that no longer exists', () => {
    const result = readDoc({ ...smallDiagram(), waivers: [{ rule: 'ABS-01', target: 'gone', reason: '旧节点' }] });
    expect(result.ok && result.diagram.waivers).toEqual([{ rule: 'ABS-01', target: 'gone', reason: '旧节点' }]);
  });
});

describe('prototype pollution and hostile structure', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere, with its path', (key) => {
    const places = [
      `{"format":"mlps-designer/diagram","${key}":{"polluted":true}}`,
      JSON.stringify(smallDiagram()).replace('"props":{"multiAZ":true}', `"props":{"multiAZ":true,"${key}":{"polluted":true}}`),
      JSON.stringify(smallDiagram()).replace('"meta":{', `"meta":{"${key}":{"polluted":true},`),
    ];
    const paths = [`$.${key}`, `$.nodes[9].props.${key}`, `$.meta.${key}`];
    places.forEach((text, i) => {
      expect(located(readDiagramText(text, catalog))).toEqual([`forbiddenKey @ ${paths[i]}`]);
    });
  });

  it('survives very deep JSON nesting without a stack overflow', () => {
    const depth = 1_000_000;
    const deep = `{"format":"mlps-designer/diagram","schemaVersion":1,"meta":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(located(readDiagramText(deep, catalog))).toEqual(['nestingTooDeep @ $.meta[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]']);
    // Unbalanced deep nesting fails as JSON, located at its end.
    expect(refused(readDiagramText('['.repeat(depth), catalog))).toMatchObject({ kind: 'notJson', detail: 'truncated', column: depth + 1 });
  });

  it('returns data, never the parsed object itself with foreign keys', () => {
    const result = readDoc(smallDiagram());
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.getPrototypeOf(result.diagram)).toBe(Object.prototype);
  });
});

describe('refusals in words', () => {
  it('says what and where in Chinese and English, naming the node id', () => {
    const result = mutate((d) => (d['nodes'][8].props = { ssl: true }));
    const error = refused(result);
    const zh = describeReadError(error, 'zh');
    const en = describeReadError(error, 'en');
    expect(zh.headline).toBe('文件内容有 1 处错误，未打开：');
    expect(zh.details).toEqual(['$.nodes[8].props.ssl（节点 ecs）：属性 "ssl" 不适用于 云服务器 ECS']);
    expect(en.details).toEqual(['$.nodes[8].props.ssl (node ecs): property "ssl" does not apply to Elastic Compute Service']);
  });

  it('words every kind of refusal in both languages without leftover placeholders', () => {
    const errors: ReadError[] = [
      { kind: 'tooLarge', bytes: 25 * 1024 * 1024, limit: MAX_FILE_BYTES },
      { kind: 'empty' },
      { kind: 'utf16' },
      { kind: 'notUtf8', offset: 3 },
      { kind: 'binary', offset: 0 },
      { kind: 'notJson', line: 2, column: 5, detail: 'unexpected', found: '}' },
      { kind: 'notObject', found: 'array' },
      { kind: 'notDiagram', found: '"x"', looksLike: 'excalidraw' },
      { kind: 'newerVersion', found: 9, supported: 1 },
      { kind: 'badVersion', found: '"1"' },
      { kind: 'migrationFailed', from: 1, step: 'x', reason: 'boom' },
      refused(mutate((d) => (d['edges'][0].target = 'dmz'))),
    ];
    for (const error of errors) {
      for (const lang of ['zh', 'en'] as const) {
        const text = describeReadError(error, lang);
        expect(text.headline.length).toBeGreaterThan(5);
        expect([text.headline, ...text.details].join('\n')).not.toMatch(/\{\w+\}/);
      }
    }
    expect(describeReadError(errors[5]!, 'en').headline).toBe('The file is not valid JSON: line 2, column 5: "}" is not expected here.');
    expect(describeReadError(errors[11]!, 'zh').details[0]).toBe('$.edges[0].target（连线 e1）：连线的终点是区域 "dmz"；连线只能连接产品');
  });

  it('shows bidi and zero-width characters in found values escaped', () => {
    const error = refused(mutate((d) => (d['nodes'][7].product = 'w\u202eaf')));
    expect(describeReadError(error, 'en').details[0]).toContain('"w\\u202eaf"');
  });
});

describe('reading a value directly', () => {
  it('validates an in-memory document the same way', () => {
    expect(readDiagramValue(asJson(smallDiagram()), catalog).ok).toBe(true);
    expect(readDiagramValue(null, catalog)).toEqual({ ok: false, error: { kind: 'notObject', found: 'null' } });
  });
});
