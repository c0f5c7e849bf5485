import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadRulesEngine } from '../../src/ui/workbench/load-rules-engine.ts';

afterEach(async () => {
  // Every workbench fetches the rules engine's chunk; it must have arrived before the test's environment goes.
  await loadRulesEngine();
  cleanup();
  localStorage.clear();
});
