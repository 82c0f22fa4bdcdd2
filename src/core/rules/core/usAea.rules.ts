import type { RuleDefinition } from '../types.js';

export const US_AEA_RULES: RuleDefinition[] = [];
