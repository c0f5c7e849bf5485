/**
 * Every rule unit, once, in catalogue order: what `checkDiagram` runs. A rule whose severity at the
 * level checked is "–" is skipped; the test `rules/registry.test.ts` holds this list to the table.
 */
import { abs01, abs02, abs03, abs04, abs05, abs06, abs07, abs08, abs09 } from './layers/abs.ts';
import { ces07, ces08, ces09, ces10, ces11 } from './layers/ces-data.ts';
import { ces01, ces02, ces03, ces04, ces05, ces06 } from './layers/ces-hosts.ts';
import { ces12 } from './layers/ces-standby.ts';
import { cld01, cld02 } from './layers/cld.ts';
import { cns01, cns02, cns03, cns04, cns05, cns06 } from './layers/cns.ts';
import { gen01, gen02, gen03, gen04 } from './layers/gen.ts';
import { smc01, smc02, smc03, smc04 } from './layers/smc.ts';
import type { Rule } from './rule.ts';

export const RULE_UNITS: readonly Rule[] = [
  cns01, cns02, cns03, cns04, cns05, cns06,
  abs01, abs02, abs03, abs04, abs05, abs06, abs07, abs08, abs09,
  ces01, ces02, ces03, ces04, ces05, ces06, ces07, ces08, ces09, ces10, ces11, ces12,
  smc01, smc02, smc03, smc04,
  cld01, cld02,
  gen01, gen02, gen03, gen04,
];
