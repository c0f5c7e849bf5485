/**
 * The rules engine's chunk, fetched once per page with what findings say (their texts are a message
 * pack of their own): every workbench of the page shares it (the tests make many), and the component
 * tests wait for it before their environment is torn down.
 */
import type { RulesEngine } from '../../session/rules-engine.ts';
import { loadFindingTexts } from '../../core/i18n/load-language.ts';
import { usePrefs } from '../state/prefs-store.ts';

let loading: Promise<RulesEngine> | undefined;

export function loadRulesEngine(): Promise<RulesEngine> {
  loading ??= Promise.all([import('../../session/rules-engine-core.ts'), loadFindingTexts(usePrefs.getState().lang)]).then(
    ([m]) => m.rulesEngine,
    (error: unknown) => {
      loading = undefined; // offline before the first visit was cached: a later workbench tries again
      throw error;
    },
  );
  return loading;
}
