/**
 * The rules engine arrives after the first screen in the app (issue 15): until then nothing is
 * checked and quick fixes are refused; when it arrives, the document of that moment is checked.
 * Only rules-engine-core.ts imports the engine's code into the session.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import { rulesEngine } from '../../../src/session/rules-engine-core.ts';
import type { RulesEngine } from '../../../src/session/rules-engine.ts';
import * as commands from '../../../src/session/commands/index.ts';
import { catalog } from '../../support/catalog.ts';
import { readFixture } from '../../support/export-fixtures.ts';

describe('the rules engine loaded on demand', () => {
  it('checks the document of the moment it arrives; quick fixes wait for it', async () => {
    let arrive!: (engine: RulesEngine) => void;
    const session = createSession(readFixture('reference-l3'), catalog, { rules: new Promise<RulesEngine>((resolve) => (arrive = resolve)) });
    expect(session.check.getState().result).toBeNull();
    session.run(commands.setLevel, { level: 2 });
    const refused = session.run(commands.applyFix, { fix: { kind: 'sls-retention' }, what: 'x' });
    expect(refused).toMatchObject({ status: 'refused', key: 'refuse.rulesLoading' });
    arrive(rulesEngine);
    await session.rulesReady;
    expect(session.check.getState().doc).toBe(session.editor.getState().doc);
    expect(session.check.getState().result?.level).toBe(2);
  });

  it('the session imports the engine only through rules-engine-core.ts', () => {
    const dir = 'src/session';
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'rules-engine-core.ts');
    const runtime = files.filter((f) => /^import (?!type)[^;]*from '[./]*core\/rules\//m.test(readFileSync(join(dir, f), 'utf8')));
    expect(runtime).toEqual([]);
  });
});
