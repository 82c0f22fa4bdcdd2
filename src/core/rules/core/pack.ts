import type { Predicate, RulePack } from '../types.js';
import { INTERNATIONAL_PREDICATES } from './international.predicates.js';
import { INTERNATIONAL_RULES } from './international.rules.js';
import { US_AEA_PREDICATES } from './usAea.predicates.js';
import { US_AEA_RULES } from './usAea.rules.js';
import { US_REMOVAL_PREDICATES } from './usRemoval.predicates.js';
import { US_REMOVAL_RULES } from './usRemoval.rules.js';
import { US_THIRD_COUNTRY_PREDICATES } from './usThirdCountry.predicates.js';
import { US_THIRD_COUNTRY_RULES } from './usThirdCountry.rules.js';

/** Pack `core` as RULES.md catalogues it: the rules' data, in catalogue order. */
export const CORE_PACK: RulePack = {
  id: 'core',
  version: '2026.11',
  rules: [...US_REMOVAL_RULES, ...US_THIRD_COUNTRY_RULES, ...US_AEA_RULES, ...INTERNATIONAL_RULES],
};

/** The predicates of pack `core`, by rule id. */
export const CORE_PREDICATES: Record<string, Predicate> = {
  ...US_REMOVAL_PREDICATES,
  ...US_THIRD_COUNTRY_PREDICATES,
  ...US_AEA_PREDICATES,
  ...INTERNATIONAL_PREDICATES,
};
