/**
 * Whatever part of a system a file holds, the import gives a diagram the reader accepts: resources
 * dropped at random from the fixtures (references left dangling, zones without VPC, listeners without
 * load balancer …) never make it fail or draw something invalid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { buildImportedDiagram, readInfrastructure } from '../../../src/core/import/index.ts';
import { loadCatalog } from '../../../src/node/catalog-fs.ts';
import { fixture } from './support.ts';

const catalog = loadCatalog();

interface TfModule {
  resources?: unknown[];
  child_modules?: TfModule[];
}

function dropFromState(text: string, keep: (i: number) => boolean): string {
  const doc = JSON.parse(text) as { values: { root_module: TfModule } };
  let i = 0;
  const walk = (m: TfModule): void => {
    m.resources = (m.resources ?? []).filter(() => keep(i++));
    for (const c of m.child_modules ?? []) walk(c);
  };
  walk(doc.values.root_module);
  return JSON.stringify(doc);
}

function dropFromTemplate(text: string, keep: (i: number) => boolean): string {
  const doc = JSON.parse(text) as { Resources: Record<string, unknown> };
  doc.Resources = Object.fromEntries(Object.entries(doc.Resources).filter((_, i) => keep(i)));
  return JSON.stringify(doc);
}

describe('import of partial systems', () => {
  it.each([
    ['web3.state.json', dropFromState],
    ['mgmt.state.json', dropFromState],
    ['dr.state.json', dropFromState],
    ['web3.ros.json', dropFromTemplate],
  ] as const)('any subset of %s imports to a valid diagram', (name, drop) => {
    const text = fixture(name);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (mask) => {
        const read = readInfrastructure(drop(text, (i) => mask[i % mask.length]!));
        if (!read.ok) throw new Error(JSON.stringify(read.errors));
        const { diagram } = buildImportedDiagram(read.plan, catalog);
        const back = readDiagramText(writeDiagram(diagram), catalog);
        expect(back.ok ? 'ok' : JSON.stringify(back.error)).toBe('ok');
      }),
      { numRuns: 60, seed: 13 },
    );
  });
});
