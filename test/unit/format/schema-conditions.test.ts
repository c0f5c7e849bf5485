/**
 * The structure checks (schema.ts) and how zod's findings become the reader's issues (zod-issues.ts),
 * one condition per test (issue 16): each refusal's code, location and parameters, and the values
 * just inside each limit that the format accepts.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, type ReadIssue } from '../../../src/core/format/errors.ts';
import { readDiagramText, readDiagramValue, type ReadResult } from '../../../src/core/format/read.ts';
import { fromZodIssue } from '../../../src/core/format/zod-issues.ts';
import { MAX_CERTIFICATE_NUMBER_LENGTH, MAX_ISSUER_LENGTH, MAX_NOTE_LENGTH, MAX_PURPOSE_LENGTH } from '../../../src/core/standard/limits.ts';
import { catalog } from '../../support/catalog.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';

function read(change: (doc: Record<string, any>) => void): ReadResult {
  const doc = asJson(smallDiagram());
  change(doc);
  return readDiagramValue(doc, catalog);
}

/** The issues of the changed small diagram, without the node or edge they sit in. */
function issues(change: (doc: Record<string, any>) => void): Omit<ReadIssue, 'subject'>[] {
  const result = read(change);
  if (result.ok) throw new Error('expected the file to be refused');
  if (result.error.kind !== 'invalid') throw new Error(`expected an invalid-content refusal, got ${result.error.kind}`);
  return result.error.issues.map(({ subject: _subject, ...issue }) => issue);
}

const accepted = (change: (doc: Record<string, any>) => void) => read(change).ok;
const chars = (n: number) => '𠀀'.repeat(n);
const cert = (fields: Record<string, unknown> = {}) => ({ product: 'waf', type: 'testing', number: 'N-1', ...fields });

describe('text fields', () => {
  it('an empty required text is emptyText, showing what was found', () => {
    expect(issues((d) => (d['meta'].title = ''))).toEqual([{ code: 'emptyText', path: ['meta', 'title'], params: { found: '""' } }]);
  });

  it('a text over its limit is tooLong, with the limit and the length in characters', () => {
    expect(issues((d) => (d['meta'].title = chars(201)))).toEqual([{ code: 'tooLong', path: ['meta', 'title'], params: { max: 200, length: 201 } }]);
  });

  it('optional texts may be empty: labels, spec, a certificate issuer and note, a manual note', () => {
    expect(accepted((d) => (d['nodes'][0].label = ''))).toBe(true);
    expect(accepted((d) => (d['nodes'][8].label = ''))).toBe(true);
    expect(accepted((d) => (d['edges'][0].label = ''))).toBe(true);
    expect(accepted((d) => (d['nodes'][8].props = { spec: '' }))).toBe(true);
    expect(accepted((d) => (d['certificates'] = [cert({ issuer: '', note: '' })]))).toBe(true);
    expect(accepted((d) => (d['manual'] = [{ item: 'MAN-01', done: true, note: '' }]))).toBe(true);
  });

  it('v2 texts are accepted at their limits in characters', () => {
    expect(accepted((d) => (d['certificates'] = [cert({ number: chars(MAX_CERTIFICATE_NUMBER_LENGTH) })]))).toBe(true);
    expect(accepted((d) => (d['certificates'] = [cert({ issuer: chars(MAX_ISSUER_LENGTH) })]))).toBe(true);
    expect(accepted((d) => (d['certificates'] = [cert({ note: chars(MAX_NOTE_LENGTH) })]))).toBe(true);
    expect(accepted((d) => (d['nodes'][4].props.purpose = chars(MAX_PURPOSE_LENGTH)))).toBe(true);
    expect(accepted((d) => (d['nodes'][4].props.purpose = '𠀀'))).toBe(true);
  });

  it('the optional meta texts must be strings', () => {
    for (const key of ['organization', 'author', 'version', 'description']) {
      expect(issues((d) => (d['meta'][key] = 1)), key).toEqual([{ code: 'wrongType', path: ['meta', key], params: { expected: 'string', found: 'number' } }]);
      expect(accepted((d) => (d['meta'][key] = '')), key).toBe(true);
    }
  });
});

describe('patterns', () => {
  it('an id outside the pattern is badId, showing what was found', () => {
    expect(issues((d) => (d['edges'][0].id = 'a b'))).toEqual([{ code: 'badId', path: ['edges', 0, 'id'], params: { found: '"a b"' } }]);
  });

  it('a region id must be lower-case letters, digits and dashes from start to end', () => {
    for (const bad of ['Cn-hangzhou', 'cn-hangzhoU', 'cn_hangzhou', '']) {
      expect(issues((d) => (d['nodes'][2].props.regionId = bad)), bad).toEqual([{ code: 'badRegionId', path: ['nodes', 2, 'props', 'regionId'], params: { found: JSON.stringify(bad) } }]);
    }
    expect(accepted((d) => (d['nodes'][2].props.regionId = 'a'))).toBe(true);
    expect(accepted((d) => (d['nodes'][2].props.regionId = 'cn-shanghai-finance-1'))).toBe(true);
  });

  it('a CIDR with host bits set is cidrHostBits, a malformed one badCidr', () => {
    expect(issues((d) => (d['nodes'][3].props.cidr = '10.0.0.1/16'))).toEqual([{ code: 'cidrHostBits', path: ['nodes', 3, 'props', 'cidr'], params: { found: '"10.0.0.1/16"' } }]);
    expect(issues((d) => (d['nodes'][3].props.cidr = '10.0.0/16'))).toEqual([{ code: 'badCidr', path: ['nodes', 3, 'props', 'cidr'], params: { found: '"10.0.0/16"' } }]);
  });

  it('a date that is not a real calendar date is badDate, in meta and in a certificate', () => {
    expect(issues((d) => (d['meta'].date = '2026-13-01'))).toEqual([{ code: 'badDate', path: ['meta', 'date'], params: { found: '"2026-13-01"' } }]);
    expect(accepted((d) => (d['certificates'] = [cert({ validUntil: '2028-02-29' })]))).toBe(true);
  });
});

describe('numbers', () => {
  it('a size must be above zero: notPositive, and a small positive one is accepted', () => {
    expect(issues((d) => (d['nodes'][0].size.height = -1))).toEqual([{ code: 'notPositive', path: ['nodes', 0, 'size', 'height'], params: { found: '-1' } }]);
    expect(accepted((d) => (d['nodes'][0].size = { width: 0.5, height: 1e-9 }))).toBe(true);
  });

  it('an integer out of its range is outOfRange, with the range', () => {
    expect(issues((d) => (d['edges'][0].port = 0))).toEqual([{ code: 'outOfRange', path: ['edges', 0, 'port'], params: { min: 1, max: 65535, found: '0' } }]);
  });

  it('an integer far out of its range is refused once, with the range (1e20 and -1e20)', () => {
    expect(issues((d) => (d['nodes'][8].quantity = 1e20))).toEqual([
      { code: 'outOfRange', path: ['nodes', 8, 'quantity'], params: { min: 1, max: 10000, found: '100000000000000000000' } },
    ]);
    expect(issues((d) => (d['edges'][0].port = -1e20))).toEqual([
      { code: 'outOfRange', path: ['edges', 0, 'port'], params: { min: 1, max: 65535, found: '-100000000000000000000' } },
    ]);
  });

  it('a fraction where an integer belongs is notInteger, showing it, even when out of range too', () => {
    expect(issues((d) => (d['edges'][0].port = 80.5))).toEqual([{ code: 'notInteger', path: ['edges', 0, 'port'], params: { found: '80.5' } }]);
    expect(issues((d) => (d['nodes'][8].quantity = 0.5))).toEqual([{ code: 'notInteger', path: ['nodes', 8, 'quantity'], params: { found: '0.5' } }]);
  });

  it('an integral number written with a fraction is an integer (1.0 is 1)', () => {
    const result = readDiagramText(JSON.stringify(smallDiagram()).replace('"port":443', '"port":443.0'), catalog);
    expect(result.ok && result.diagram.edges[0]!.port).toBe(443);
  });

  it('a number that is not finite is notFinite, showing it', () => {
    expect(issues((d) => (d['nodes'][1].position.y = -Infinity))).toEqual([{ code: 'notFinite', path: ['nodes', 1, 'position', 'y'], params: { found: '-Infinity' } }]);
  });
});

describe('types, missing fields and allowed values', () => {
  it('a value of the wrong type says what was expected and what was found', () => {
    expect(issues((d) => (d['nodes'][8].quantity = '2'))).toEqual([{ code: 'wrongType', path: ['nodes', 8, 'quantity'], params: { expected: 'number', found: 'string' } }]);
    expect(issues((d) => (d['edges'] = {}))).toEqual([{ code: 'wrongType', path: ['edges'], params: { expected: 'array', found: 'object' } }]);
  });

  it('a missing field is named, whether a plain field, a fixed value or an object', () => {
    expect(issues((d) => delete d['meta'].title)).toEqual([{ code: 'missing', path: ['meta', 'title'], params: { field: 'title' } }]);
    expect(issues((d) => delete d['meta'].level)).toEqual([{ code: 'missing', path: ['meta', 'level'], params: { field: 'level' } }]);
    expect(issues((d) => delete d['meta'])).toEqual([{ code: 'missing', path: ['meta'], params: { field: 'meta' } }]);
  });

  it('null is nullValue, for a plain field and for a field of fixed values', () => {
    expect(issues((d) => (d['meta'].title = null))).toEqual([{ code: 'nullValue', path: ['meta', 'title'], params: {} }]);
    expect(issues((d) => (d['meta'].platform = null))).toEqual([{ code: 'nullValue', path: ['meta', 'platform'], params: {} }]);
  });

  it('a value outside a fixed list shows it and the values allowed', () => {
    expect(issues((d) => (d['meta'].platform = 'aws'))).toEqual([
      { code: 'notAllowed', path: ['meta', 'platform'], params: { found: '"aws"', allowed: '"alibaba-public", "alibaba-finance"' } },
    ]);
  });

  it('a node without a kind is missing its kind; an unknown kind lists the two kinds', () => {
    expect(issues((d) => delete d['nodes'][1].kind)).toEqual([{ code: 'missing', path: ['nodes', 1, 'kind'], params: { field: 'kind' } }]);
    expect(issues((d) => (d['nodes'][1].kind = 'box'))).toEqual([{ code: 'notAllowed', path: ['nodes', 1, 'kind'], params: { found: '"box"', allowed: '"zone", "product"' } }]);
  });

  it('unknown keys are each named, at their own path', () => {
    expect(issues((d) => Object.assign(d['nodes'][0].size, { depth: 1, z: 2 }))).toEqual([
      { code: 'unknownKey', path: ['nodes', 0, 'size', 'depth'], params: { key: 'depth' } },
      { code: 'unknownKey', path: ['nodes', 0, 'size', 'z'], params: { key: 'z' } },
    ]);
  });

  it('a zone takes no quantity and a product no size: each kind has its own keys', () => {
    expect(issues((d) => (d['nodes'][0].quantity = 1)).map((i) => `${i.code} @ ${formatPath(i.path)}`)).toEqual(['unknownKey @ $.nodes[0].quantity']);
    expect(issues((d) => (d['nodes'][8].size = { width: 1, height: 1 })).map((i) => `${i.code} @ ${formatPath(i.path)}`)).toEqual(['unknownKey @ $.nodes[8].size']);
  });
});

describe('fromZodIssue on issues the schema does not raise today', () => {
  it('turns an issue of another kind into invalid, with zod\'s message as detail', () => {
    const issue = { code: 'invalid_format', format: 'email', path: ['meta', 'author'], message: 'Invalid email', input: 'x' };
    expect(fromZodIssue(issue as never)).toEqual([{ code: 'invalid', path: ['meta', 'author'], params: { detail: 'Invalid email' } }]);
  });

  it('writes a symbol in a path as its text', () => {
    const issue = { code: 'invalid_type', expected: 'string', path: [Symbol('s')], message: '', input: 1 };
    expect(fromZodIssue(issue as never)).toEqual([{ code: 'wrongType', path: ['Symbol(s)'], params: { expected: 'string', found: 'number' } }]);
  });

  it('names no field for a missing value at the root', () => {
    const issue = { code: 'invalid_type', expected: 'object', path: [], message: '' };
    expect(fromZodIssue(issue as never)).toEqual([{ code: 'missing', path: [], params: { field: '' } }]);
    const value = { code: 'invalid_value', values: ['a'], path: [], message: '' };
    expect(fromZodIssue(value as never)).toEqual([{ code: 'missing', path: [], params: { field: '' } }]);
  });

  it('turns a custom issue without an issue code into invalid, showing the value', () => {
    const issue = { code: 'custom', path: ['x'], message: '', input: 3 };
    expect(fromZodIssue(issue as never)).toEqual([{ code: 'invalid', path: ['x'], params: { found: '3' } }]);
  });

  it('turns zod\'s own bounds of a number into outOfRange, with the side that has one', () => {
    const big = { code: 'too_big', origin: 'number', maximum: 10, inclusive: true, path: ['n'], message: '', input: 11 };
    expect(fromZodIssue(big as never)).toEqual([{ code: 'outOfRange', path: ['n'], params: { found: '11', min: '', max: '10' } }]);
    const small = { code: 'too_small', origin: 'number', minimum: 1, inclusive: true, path: ['n'], message: '', input: 0 };
    expect(fromZodIssue(small as never)).toEqual([{ code: 'outOfRange', path: ['n'], params: { found: '0', min: '1', max: '' } }]);
  });

  it('turns zod\'s integer type into notInteger for a fraction and "integer" expected for another type', () => {
    const fraction = { code: 'invalid_type', expected: 'int', path: ['n'], message: '', input: 1.5 };
    expect(fromZodIssue(fraction as never)).toEqual([{ code: 'notInteger', path: ['n'], params: { found: '1.5' } }]);
    const text = { code: 'invalid_type', expected: 'int', path: ['n'], message: '', input: '1' };
    expect(fromZodIssue(text as never)).toEqual([{ code: 'wrongType', path: ['n'], params: { expected: 'integer', found: 'string' } }]);
    const number = { code: 'invalid_type', expected: 'number', path: ['n'], message: '', input: '1' };
    expect(fromZodIssue(number as never)).toEqual([{ code: 'wrongType', path: ['n'], params: { expected: 'number', found: 'string' } }]);
  });

  it('lists no allowed kinds for a union issue without options', () => {
    const issue = { code: 'invalid_union', errors: [], path: ['nodes', 0], message: '', input: { kind: 'box' } };
    expect(fromZodIssue(issue as never)).toEqual([{ code: 'notAllowed', path: ['nodes', 0], params: { found: '"box"', allowed: '' } }]);
    const atRoot = { code: 'invalid_union', errors: [], path: [], message: '', input: {} };
    expect(fromZodIssue(atRoot as never)).toEqual([{ code: 'missing', path: [], params: { field: '' } }]);
    for (const input of [null, 'x', {}]) {
      const noKind = { code: 'invalid_union', errors: [], path: ['nodes', 0], message: '', input };
      expect(fromZodIssue(noKind as never), String(input)).toEqual([{ code: 'missing', path: ['nodes', 0], params: { field: '0' } }]);
    }
  });
});
