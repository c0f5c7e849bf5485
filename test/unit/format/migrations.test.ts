/**
 * The migration mechanism: a fixture file per schema version under test/fixtures/v<N>/, every fixture
 * opens, and every migration step runs on at least one of them (a step that never runs is untested).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertMigrationTable, MIGRATIONS, migrate, type MigrationStep } from '../../../src/core/format/migrations.ts';
import { readDiagramText, readDiagramValue } from '../../../src/core/format/read.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

function fixtureFiles(): { version: number; file: string; text: string }[] {
  return readdirSync(FIXTURES)
    .filter((dir) => /^v\d+$/.test(dir))
    .flatMap((dir) =>
      readdirSync(new URL(`${dir}/`, FIXTURES))
        .filter((f) => f.endsWith('.mlps.json'))
        .map((file) => ({ version: Number(dir.slice(1)), file: `${dir}/${file}`, text: readFileSync(new URL(`${dir}/${file}`, FIXTURES), 'utf8') })),
    );
}

describe('schema version fixtures', () => {
  const fixtures = fixtureFiles();

  it('has at least one fixture for every schema version up to the current one', () => {
    for (let v = 1; v <= CURRENT_SCHEMA_VERSION; v++) expect(fixtures.some((f) => f.version === v), `fixture for v${v}`).toBe(true);
  });

  it('opens every fixture, and every migration step runs on at least one', () => {
    const ran = new Set<string>();
    for (const { file, version, text } of fixtures) {
      expect((JSON.parse(text) as { schemaVersion: number }).schemaVersion, file).toBe(version);
      const result = readDiagramText(text, catalog);
      if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.error)}`);
      expect(result.diagram.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      result.migrations.forEach((name) => ran.add(name));
    }
    for (const step of MIGRATIONS) expect(ran.has(step.name), `migration step "${step.name}" never ran`).toBe(true);
  });
});

describe('the migration mechanism', () => {
  // A made-up version 2 that renames meta.title to meta.name, and version 3 that renames it back:
  // exercises the runner with the reader exactly as a real version bump would.
  const steps: MigrationStep[] = [
    {
      from: 1,
      name: 'title-to-name',
      migrate: (doc) => {
        const meta = doc['meta'] as Record<string, unknown>;
        const { title, ...rest } = meta;
        return { ...doc, meta: { ...rest, name: title } };
      },
    },
    {
      from: 2,
      name: 'name-to-title',
      migrate: (doc) => {
        const meta = doc['meta'] as Record<string, unknown>;
        const { name, ...rest } = meta;
        return { ...doc, meta: { ...rest, title: name } };
      },
    },
  ];

  it('runs the steps in order and records them', () => {
    const { doc, applied } = migrate(asJson(smallDiagram()), 1, steps, 3);
    expect(applied).toEqual(['title-to-name', 'name-to-title']);
    expect(doc['schemaVersion']).toBe(3);
    expect((doc['meta'] as Record<string, unknown>)['title']).toBe('测试系统');
  });

  it('never changes its input', () => {
    const input = asJson(smallDiagram());
    const before = JSON.stringify(input);
    migrate(input, 1, steps, 3);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reports a failing step by name through the reader', () => {
    const failing: MigrationStep[] = [{ from: 1, name: 'explodes', migrate: () => { throw new Error('boom'); } }];
    expect(readDiagramValue({ ...asJson(smallDiagram()), schemaVersion: 1 }, catalog, { migrations: failing, currentVersion: 2 })).toEqual({
      ok: false,
      error: { kind: 'migrationFailed', from: 1, step: 'explodes', reason: 'boom' },
    });
  });

  it('refuses a migration table with gaps or a wrong length', () => {
    expect(() => assertMigrationTable(MIGRATIONS, CURRENT_SCHEMA_VERSION)).not.toThrow();
    expect(() => assertMigrationTable(steps, 3)).not.toThrow();
    expect(() => assertMigrationTable([steps[1]!], 2)).toThrow(/from version 1/);
    expect(() => assertMigrationTable(steps, 2)).toThrow(/needs 1/);
  });
});
