/**
 * The reader's own decisions, one condition per test (issue 16): which other program a file looks
 * like, when a result says it was migrated, how a migration failure is reported, in what order and
 * how many issues come back, and which issues name the node or edge they sit in.
 */
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_ISSUES, formatPath } from '../../../src/core/format/errors.ts';
import { MigrationError, type MigrationStep } from '../../../src/core/format/migrations.ts';
import { readDiagramBytes, readDiagramText, readDiagramValue, validateDiagram, type ReadResult } from '../../../src/core/format/read.ts';
import { catalog } from '../../support/catalog.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';
import { refused, issuesOf } from '../../support/read-results.ts';



function changed(change: (doc: Record<string, any>) => void): ReadResult {
  const doc = asJson(smallDiagram());
  change(doc);
  return readDiagramValue(doc, catalog);
}

const located = (result: ReadResult) => issuesOf(result).map((i) => `${i.code} @ ${formatPath(i.path)}`);

describe('readDiagramValue: the format check names what another JSON file looks like', () => {
  it('names a tldraw file by its numeric tldrawFileFormatVersion, and nothing for a string one', () => {
    expect(refused(readDiagramValue({ tldrawFileFormatVersion: 1, records: [] }, catalog))).toEqual({ kind: 'notDiagram', found: 'undefined', looksLike: 'tldraw' });
    expect(refused(readDiagramValue({ tldrawFileFormatVersion: '1' }, catalog))).toEqual({ kind: 'notDiagram', found: 'undefined' });
  });

  it('names a package.json by a string name beside dependencies, scripts or version, each alone', () => {
    for (const key of ['dependencies', 'scripts', 'version']) {
      expect(refused(readDiagramValue({ name: 'x', [key]: {} }, catalog)), key).toMatchObject({ kind: 'notDiagram', looksLike: 'package' });
    }
  });

  it('does not name a package.json without a string name, or with a name alone', () => {
    expect(refused(readDiagramValue({ name: 5, version: '1' }, catalog))).toEqual({ kind: 'notDiagram', found: 'undefined' });
    expect(refused(readDiagramValue({ name: 'x' }, catalog))).toEqual({ kind: 'notDiagram', found: 'undefined' });
  });

  it('names an Excalidraw file only by type "excalidraw"', () => {
    expect(refused(readDiagramValue({ type: 'excalidraw-clipboard' }, catalog))).toEqual({ kind: 'notDiagram', found: 'undefined' });
  });

  it('shows the wrong format value it found', () => {
    expect(refused(changed((d) => (d['format'] = 'mlps-designer/template')))).toEqual({ kind: 'notDiagram', found: '"mlps-designer/template"' });
  });

  it('checks for forbidden keys before the format, so a non-diagram with __proto__ is refused for the key', () => {
    expect(located(readDiagramText('{"__proto__":{"x":1}}', catalog))).toEqual(['forbiddenKey @ $.__proto__']);
  });
});

describe('readDiagramValue: schemaVersion against the version the reader knows', () => {
  it('refuses a version just above the current one and accepts the current one without migrating', () => {
    expect(refused(changed((d) => (d['schemaVersion'] = 3)))).toEqual({ kind: 'newerVersion', found: 3, supported: 2 });
    const current = readDiagramValue(asJson(smallDiagram()), catalog);
    expect(current.ok).toBe(true);
    if (current.ok) {
      expect(current.migrations).toEqual([]);
      expect('migratedFrom' in current).toBe(false);
    }
  });

  it('says a migrated file was migrated, and from which version', () => {
    const result = changed((d) => (d['schemaVersion'] = 1));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, migrations: ['v2-filing-fields'] });
  });

  it('takes the current version from the options when given, with the migration table given', () => {
    const steps: MigrationStep[] = [
      { from: 1, name: 'one', migrate: (doc) => doc },
      { from: 2, name: 'two', migrate: (doc) => doc },
    ];
    // Version 2 is older than a current version of 3: it is migrated (and then fails validation,
    // which knows only the real version 2, at schemaVersion).
    const result = readDiagramValue(asJson(smallDiagram()), catalog, { migrations: steps, currentVersion: 3 });
    expect(located(result)).toEqual(['notAllowed @ $.schemaVersion']);
    expect(refused(readDiagramValue({ ...asJson(smallDiagram()), schemaVersion: 4 }, catalog, { migrations: steps, currentVersion: 3 }))).toEqual({
      kind: 'newerVersion',
      found: 4,
      supported: 3,
    });
  });

  it('uses the given migration table instead of the real one', () => {
    const renamed: MigrationStep[] = [{ from: 1, name: 'given-step', migrate: (doc) => doc }];
    const result = readDiagramValue({ ...asJson(smallDiagram()), schemaVersion: 1 }, catalog, { migrations: renamed });
    expect(result).toMatchObject({ ok: true, migrations: ['given-step'], migratedFrom: 1 });
  });
});

describe('readDiagramValue: a migration that cannot run', () => {
  it('reports a missing step as the whole range, with the runner\'s reason', () => {
    const result = readDiagramValue({ ...asJson(smallDiagram()), schemaVersion: 1 }, catalog, { migrations: [], currentVersion: 2 });
    expect(refused(result)).toEqual({ kind: 'migrationFailed', from: 1, step: '1 → 2', reason: 'no migration step from version 1' });
  });

  it('reports a step that throws something other than an Error by its name and the thrown value', () => {
    const steps: MigrationStep[] = [{ from: 1, name: 'throws-text', migrate: () => { throw 'not an error'; } }];
    const result = readDiagramValue({ ...asJson(smallDiagram()), schemaVersion: 1 }, catalog, { migrations: steps });
    expect(refused(result)).toEqual({ kind: 'migrationFailed', from: 1, step: 'throws-text', reason: 'not an error' });
  });

  it('keeps MigrationError\'s step name and reason', () => {
    const error = new MigrationError('step-x', 'why');
    expect([error.step, error.message, error.name]).toEqual(['step-x', 'why', 'MigrationError']);
  });
});

describe('the issues of an invalid file', () => {
  it('come sorted by path, with array indices compared as numbers', () => {
    // The duplicate id at nodes[10] is found in the first pass, the unknown product at nodes[7] later.
    const result = changed((d) => {
      d['nodes'][7].product = 'nope';
      d['nodes'].push({ id: 'ecs', kind: 'product', product: 'ecs', parent: 'app', position: { x: 0, y: 0 } });
    });
    expect(located(result)).toEqual(['unknownProduct @ $.nodes[7].product', 'duplicateId @ $.nodes[10].id']);
  });

  it('come sorted with an item before the issues inside it', () => {
    const gold = (number: string) => ({ product: 'waf', edition: 'gold', type: 'testing', number });
    const result = changed((d) => (d['certificates'] = [gold('1'), gold('2')]));
    expect(located(result)).toEqual([
      'unknownEdition @ $.certificates[0].edition',
      'duplicateCertificate @ $.certificates[1]',
      'unknownEdition @ $.certificates[1].edition',
    ]);
  });

  it(`are cut at ${MAX_REPORTED_ISSUES}, the first ones by path kept, with the total counted`, () => {
    const result = changed((d) => {
      for (let i = 0; i < MAX_REPORTED_ISSUES + 5; i++) d['meta'][`extra${String(i).padStart(2, '0')}`] = i;
    });
    const error = refused(result);
    if (error.kind !== 'invalid') throw new Error(error.kind);
    expect(error.total).toBe(MAX_REPORTED_ISSUES + 5);
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(formatPath(error.issues[0]!.path)).toBe('$.meta.extra00');
    expect(formatPath(error.issues[MAX_REPORTED_ISSUES - 1]!.path)).toBe(`$.meta.extra${MAX_REPORTED_ISSUES - 1}`);
  });

  it(`are cut at ${MAX_REPORTED_ISSUES} when exactly that many, without losing one`, () => {
    const result = changed((d) => {
      for (let i = 0; i < MAX_REPORTED_ISSUES; i++) d['meta'][`extra${String(i).padStart(2, '0')}`] = i;
    });
    const error = refused(result);
    expect(error).toMatchObject({ kind: 'invalid', total: MAX_REPORTED_ISSUES });
    if (error.kind === 'invalid') expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES);
  });

  it('name the edge an issue sits in, by its id', () => {
    const [issue] = issuesOf(changed((d) => (d['edges'][1].port = 0)));
    expect(issue).toMatchObject({ code: 'outOfRange', subject: { kind: 'edge', id: 'e2' } });
  });

  it('name the node an issue sits in, by its id', () => {
    const [issue] = issuesOf(changed((d) => (d['nodes'][8].quantity = 0)));
    expect(issue).toMatchObject({ code: 'outOfRange', subject: { kind: 'node', id: 'ecs' } });
  });

  it('name no node whose id is malformed or not a string', () => {
    const [bad] = issuesOf(changed((d) => Object.assign(d['nodes'][8], { id: 'has space', quantity: 0 })));
    expect(bad!.subject).toBeUndefined();
    const numeric = issuesOf(changed((d) => (d['nodes'][8].id = 8)));
    expect(numeric.map((i) => [i.code, i.subject])).toEqual([['wrongType', undefined]]);
  });

  it('name no node for an item that is not an object, null included', () => {
    for (const item of ['users', 7, null]) {
      const issues = issuesOf(changed((d) => (d['nodes'][1] = item)));
      expect(issues.map((i) => [formatPath(i.path), i.subject]), String(item)).toEqual([['$.nodes[1]', undefined]]);
    }
  });

  it('name nothing outside nodes and edges, even an item with an id-like key', () => {
    const [issue] = issuesOf(changed((d) => (d['waivers'] = [{ rule: 'ABS-01', reason: 'x', id: 'w1' }])));
    expect(issue).toMatchObject({ code: 'unknownKey', path: ['waivers', 0, 'id'] });
    expect(issue!.subject).toBeUndefined();
  });

  it('name nothing for an issue about the node list itself', () => {
    const [issue] = issuesOf(changed((d) => (d['nodes'] = 'none')));
    expect(issue).toMatchObject({ code: 'wrongType', path: ['nodes'] });
    expect(issue!.subject).toBeUndefined();
  });
});

describe('the entry points', () => {
  it('readDiagramBytes passes a decoding refusal through and reads decoded text', () => {
    expect(refused(readDiagramBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), catalog))).toEqual({ kind: 'utf16' });
    expect(readDiagramBytes(new TextEncoder().encode(JSON.stringify(smallDiagram())), catalog).ok).toBe(true);
  });

  it('readDiagramText passes a JSON refusal through', () => {
    expect(refused(readDiagramText('{', catalog))).toMatchObject({ kind: 'notJson', detail: 'truncated' });
  });

  it('validateDiagram refuses structure before references, and gives back the document when valid', () => {
    expect(validateDiagram(asJson(smallDiagram()), catalog)).toEqual({ ok: true, diagram: smallDiagram() });
    const doc = asJson(smallDiagram());
    doc['nodes'][7].product = 'nope';
    doc['meta'].title = 5;
    // The wrong title stops validation before the unknown product is looked up.
    const result = validateDiagram(doc, catalog);
    expect(result.ok ? [] : result.error.kind === 'invalid' ? result.error.issues.map((i) => i.code) : []).toEqual(['wrongType']);
  });
});
