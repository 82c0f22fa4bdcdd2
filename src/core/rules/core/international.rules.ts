import type { RuleDefinition } from '../types.js';

export const INTERNATIONAL_RULES: RuleDefinition[] = [];
