/** `cli export FILE --format json --layout`: the laid-out canonical file; `--layout` belongs to export only. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { catalog } from '../../support/catalog.ts';
import { runCliCaptured } from '../../support/run-cli.ts';
import { layoutProblems } from './layout-checks.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/designs/basic-l3.mlps.json', import.meta.url));

describe('cli export --layout', () => {
  it('writes the laid-out diagram as a canonical file', async () => {
    const { code, out, err } = await runCliCaptured(['export', FIXTURE, '--format', 'json', '--layout']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const read = readDiagramText(out, catalog);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(layoutProblems(read.diagram)).toEqual([]);
    expect(out).toBe(writeDiagram(read.diagram));
  }, 60_000);

  it('is refused for other commands', async () => {
    const { code, err } = await runCliCaptured(['check', FIXTURE, '--layout']);
    expect(code).toBe(2);
    expect(err).toContain('--layout');
  });
});
