/**
 * Reading a file through the whole pipeline (parse, key scan, schema, references) and writing it
 * canonically, for generated documents. Run: npm run bench:read
 */
import { readDiagramText } from '../src/core/format/read.ts';
import { writeDiagram } from '../src/core/format/write.ts';
import { loadCatalog } from '../src/node/catalog-fs.ts';
import { generateDiagram } from './generate-diagram.ts';
import { ms, time } from './measure.ts';

const catalog = loadCatalog();
console.log('read (validate) and canonical write (median of 15 runs)');
for (const size of [200, 1000, 2000, 5000]) {
  const text = writeDiagram(generateDiagram(size));
  const read = time(() => readDiagramText(text, catalog), { warmup: 3, runs: 15 });
  const result = readDiagramText(text, catalog);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const write = time(() => writeDiagram(result.diagram), { warmup: 3, runs: 15 });
  console.log(`${String(size).padStart(6)} nodes (${(text.length / 1024).toFixed(0)} KB): read ${ms(read.median)}, write ${ms(write.median)}`);
}
