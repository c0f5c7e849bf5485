/**
 * The rules engine's chunk, fetched once per page: every workbench of the page shares it (the tests
 * make many), and the component tests wait for it before their environment is torn down.
 */
import type { RulesEngine } from '../../session/rules-engine.ts';

let loading: Promise<RulesEngine> | undefined;

export function loadRulesEngine(): Promise<RulesEngine> {
  loading ??= import('../../session/rules-engine-core.ts').then(
    (m) => m.rulesEngine,
    (error: unknown) => {
      loading = undefined; // offline before the first visit was cached: a later workbench tries again
      throw error;
    },
  );
  return loading;
}
