#!/usr/bin/env node
/**
 * Every test, in order: type checks, unit and component tests (Vitest), the production build, and the
 * end-to-end tests in Chromium (Playwright) against that build. Every stage runs even when an earlier
 * one failed (except e2e without a build), so one run shows everything that is wrong. The last line
 * is `N passed, N failed`, counted from the runners' JSON reports; the exit status is 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { countPlaywright, countVitest } from './report-counts.mjs';

const VITEST_REPORT = 'test-results/vitest.json';
const PLAYWRIGHT_REPORT = 'test-results/playwright.json';

let passed = 0;
let failed = 0;
const lines = [];

function run(title, command, args) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function stage(title, command, args) {
  const ok = run(title, command, args);
  if (ok) passed++;
  else failed++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${title}`);
  return ok;
}

function counted(title, command, args, report, count) {
  rmSync(report, { force: true });
  const ok = run(title, command, args);
  if (!existsSync(report)) {
    failed++;
    lines.push(`FAIL ${title}: no report written`);
    return;
  }
  const { pass, fail } = count(JSON.parse(readFileSync(report, 'utf8')));
  // A runner that failed without a failing test (a crash, a suite that did not load) still fails.
  const extra = !ok && fail === 0 ? 1 : 0;
  passed += pass;
  failed += fail + extra;
  lines.push(`${fail + extra === 0 ? 'ok  ' : 'FAIL'} ${title}: ${pass} passed, ${fail + extra} failed`);
}

stage('type check (core without DOM, service worker, app)', 'npm', ['run', '-s', 'typecheck']);
counted('unit and component tests', 'npx', ['vitest', 'run'], VITEST_REPORT, countVitest);
const built = stage('production build', 'npx', ['vite', 'build']);
if (built) {
  counted('end-to-end tests in Chromium', 'npx', ['playwright', 'test'], PLAYWRIGHT_REPORT, countPlaywright);
} else {
  failed++;
  lines.push('FAIL end-to-end tests: not run (no build)');
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
