/**
 * The migration runner, condition by condition (issue 16): the real table by default, a step that
 * does not match its version, a step that changes what it is given, a step that throws.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, MigrationError, assertMigrationTable, migrate, type MigrationStep } from '../../../src/core/format/migrations.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../src/core/model/types.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';

const v1 = (): Record<string, any> => ({ ...asJson(smallDiagram()), schemaVersion: 1 });

describe('migrate', () => {
  it('runs the real table up to the current version by default: 1 → 2 raises the number and changes nothing else', () => {
    const input = v1();
    const { doc, applied } = migrate(input, 1);
    expect(applied).toEqual(['v2-filing-fields']);
    expect(doc).toEqual({ ...input, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(doc).not.toBe(input);
  });

  it('runs nothing for a document already at the target version', () => {
    const input = asJson(smallDiagram());
    expect(migrate(input, CURRENT_SCHEMA_VERSION)).toEqual({ doc: input, applied: [] });
  });

  it('refuses a table whose step for a version migrates from another version', () => {
    const wrong: MigrationStep[] = [{ from: 2, name: 'from-two', migrate: (doc) => doc }];
    expect(() => migrate(v1(), 1, wrong, 2)).toThrow('no migration step from version 1');
  });

  it('gives each step a copy, so a step that changes what it is given leaves the input alone', () => {
    const input = v1();
    const inPlace: MigrationStep[] = [
      {
        from: 1,
        name: 'in-place',
        migrate: (doc) => {
          (doc['meta'] as Record<string, unknown>)['title'] = 'changed';
          return doc;
        },
      },
    ];
    const { doc } = migrate(input, 1, inPlace, 2);
    expect((doc['meta'] as Record<string, unknown>)['title']).toBe('changed');
    expect((input['meta'] as Record<string, unknown>)['title']).toBe('测试系统');
  });

  it('wraps what a step throws in a MigrationError naming the step, an Error by its message', () => {
    const failing: MigrationStep[] = [{ from: 1, name: 'explodes', migrate: () => { throw new RangeError('boom'); } }];
    let caught: unknown;
    try {
      migrate(v1(), 1, failing, 2);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MigrationError);
    expect(caught).toMatchObject({ step: 'explodes', message: 'boom', name: 'MigrationError' });
  });

  it('wraps a thrown value that is not an Error as its text', () => {
    const failing: MigrationStep[] = [{ from: 1, name: 'throws-number', migrate: () => { throw 42; } }];
    expect(() => migrate(v1(), 1, failing, 2)).toThrow(new MigrationError('throws-number', '42'));
  });
});

describe('assertMigrationTable', () => {
  const step = (from: number): MigrationStep => ({ from, name: `s${from}`, migrate: (doc) => doc });

  it('says how many steps the table has and how many the version needs', () => {
    expect(() => assertMigrationTable([step(1)], 3)).toThrow('migration table has 1 steps; version 3 needs 2');
  });

  it('names the step that migrates from the wrong version, by position and name', () => {
    expect(() => assertMigrationTable([step(1), step(3)], 3)).toThrow('migration step 1 ("s3") must migrate from version 2, not 3');
  });

  it('accepts the real table and an empty table for version 1', () => {
    expect(() => assertMigrationTable(MIGRATIONS, CURRENT_SCHEMA_VERSION)).not.toThrow();
    expect(() => assertMigrationTable([], 1)).not.toThrow();
  });
});
