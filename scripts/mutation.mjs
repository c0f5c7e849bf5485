#!/usr/bin/env node
/**
 * `npm run test:mutation -- src/core/rules/layers/cns.ts src/core/format`: mutation testing of the
 * given files and folders (every .ts file under a folder) against the unit tests, with StrykerJS.
 * Not part of `npm test` or CI: two rule files take minutes. The report goes to reports/mutation/
 * (git-ignored): index.html to read, mutation.json for scripts.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('usage: npm run test:mutation -- <file or folder> [...]   e.g. npm run test:mutation -- src/core/rules');
  process.exit(2);
}
const patterns = targets.map((target) => {
  const clean = target.replace(/\/+$/, '');
  try {
    return statSync(clean).isDirectory() ? `${clean}/**/*.ts` : clean;
  } catch {
    console.error(`${target}: no such file or folder`);
    process.exit(2);
  }
});
const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', '--mutate', patterns.join(',')], { stdio: 'inherit' });
process.exit(run.status ?? 1);
