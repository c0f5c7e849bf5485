import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { loadRulesEngine } from '../../src/ui/workbench/load-rules-engine.ts';

// findBy… waits for what a user would wait for (a chunk arriving, the live check): on a loaded shared
// machine the first import of a chunk's modules can take seconds, which is no failure.
configure({ asyncUtilTimeout: 15_000 });

afterEach(async () => {
  // Every workbench fetches the rules engine's chunk; it must have arrived before the test's environment goes.
  await loadRulesEngine();
  cleanup();
  localStorage.clear();
});
