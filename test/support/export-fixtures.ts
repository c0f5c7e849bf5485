/** Fixture diagrams for the export tests, read through the same pipeline as the CLI. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { readDiagramBytes } from '../../src/core/format/read.ts';
import type { Diagram } from '../../src/core/model/types.ts';
import { catalog } from './catalog.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GOLDEN_DIR = join(ROOT, 'test/fixtures/golden');

export const FIXTURES = {
  'all-fields': join(ROOT, 'test/fixtures/v1/all-fields.mlps.json'),
  'reference-l3': join(ROOT, 'test/fixtures/export/reference-l3.mlps.json'),
} as const;
export type FixtureName = keyof typeof FIXTURES;

export function readFixture(name: FixtureName): Diagram {
  const result = readDiagramBytes(new Uint8Array(readFileSync(FIXTURES[name])), catalog);
  if (!result.ok) throw new Error(`fixture ${name} does not read: ${JSON.stringify(result.error)}`);
  return result.diagram;
}

/**
 * Compare output with its golden file. Golden files are reviewed like code: regenerate them on
 * purpose with UPDATE_GOLDEN=1 and look at the diff; a missing one fails instead of being written.
 */
export function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`golden file ${file} is missing: run the tests with UPDATE_GOLDEN=1 and review it`);
  expect(actual, `differs from test/fixtures/golden/${file} (UPDATE_GOLDEN=1 regenerates it)`).toBe(readFileSync(path, 'utf8'));
}
