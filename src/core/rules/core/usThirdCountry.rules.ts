import type { RuleDefinition } from '../types.js';

export const US_THIRD_COUNTRY_RULES: RuleDefinition[] = [];
